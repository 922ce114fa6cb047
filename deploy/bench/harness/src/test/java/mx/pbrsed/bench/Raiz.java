package mx.pbrsed.bench;

import java.nio.file.Path;

/** The repository's root, which surefire passes in (the contracts live outside this module). */
final class Raiz {
    static final Path RAIZ = Path.of(System.getProperty("pbrsed.root", "../../..")).toAbsolutePath().normalize();
    static final Path ASYNCAPI = RAIZ.resolve("deploy/contracts/asyncapi.yaml");

    private Raiz() {
    }
}
