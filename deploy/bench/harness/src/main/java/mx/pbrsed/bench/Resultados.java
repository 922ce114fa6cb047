package mx.pbrsed.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * The run's figures: a java.util.Properties file that run.sh and every subcommand append
 * key=value lines to, and that the report reads at the end.
 */
final class Resultados {
    private final Path archivo;

    Resultados(Path archivo) {
        this.archivo = archivo;
    }

    /** One line per figure; a value is kept on one line and its backslashes cannot escape anything. */
    synchronized void anotar(String clave, Object valor) {
        String v = String.valueOf(valor).replace("\\", "/").replace("\n", " ");
        try {
            Files.writeString(archivo, clave + "=" + v + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties leer(Path archivo) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(archivo, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
