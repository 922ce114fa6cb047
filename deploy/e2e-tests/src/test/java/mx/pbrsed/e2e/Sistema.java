package mx.pbrsed.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The three packaged services started as real processes against the project's PostgreSQL and
 * Kafka, on free ports, with their own "_e2e" databases (cleaned at start) and per-run topics.
 */
final class Sistema implements AutoCloseable {
    static final Path RAIZ = Path.of(System.getProperty("pbrsed.root", "../..")).toAbsolutePath().normalize();
    private static final Duration ESPERA_LISTO = Duration.ofSeconds(90);

    private final List<Servicio> servicios = new ArrayList<>();
    private final String prefijoTopics = "e2e-" + UUID.randomUUID() + "-";

    record Servicio(String nombre, int puerto, Process proceso, Path log) {
        String url() {
            return "http://127.0.0.1:" + puerto;
        }
    }

    static void exigirInfraestructura() {
        exigirPuerto(5432, "PostgreSQL");
        exigirPuerto(9092, "Kafka");
    }

    Servicio iniciar(String nombre, String variableDb) throws IOException {
        Path jar = RAIZ.resolve(nombre + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Falta " + jar + ": ejecuta el build del proyecto (mvnw verify) antes");
        }
        int puerto = puertoLibre();
        Path log = RAIZ.resolve("deploy/e2e-tests/target/" + nombre + "-service.log");
        Files.createDirectories(log.getParent());
        var comando = new ProcessBuilder("java", "-Xmx256m",
                "-Dquarkus.http.port=" + puerto,
                "-Dpbr.topic-prefix=" + prefijoTopics,
                "-Dquarkus.flyway.clean-at-start=true",
                "-Dquarkus.flyway.clean-disabled=false",
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        comando.environment().putAll(Map.of(
                variableDb, "jdbc:postgresql://127.0.0.1:5432/" + nombre + "_e2e"));
        var servicio = new Servicio(nombre, puerto, comando.start(), log);
        servicios.add(servicio);
        return servicio;
    }

    void esperarListos() throws IOException, InterruptedException {
        Instant limite = Instant.now().plus(ESPERA_LISTO);
        for (Servicio servicio : servicios) {
            while (!listo(servicio)) {
                if (!servicio.proceso().isAlive() || Instant.now().isAfter(limite)) {
                    throw new IllegalStateException(servicio.nombre() + " no arrancó; últimas líneas de su log:\n"
                            + cola(servicio.log()));
                }
                Thread.sleep(250);
            }
        }
    }

    String diagnostico() {
        var texto = new StringBuilder();
        for (Servicio servicio : servicios) {
            texto.append("\n--- ").append(servicio.nombre()).append(" ---\n").append(cola(servicio.log()));
        }
        return texto.toString();
    }

    @Override
    public void close() {
        servicios.forEach(s -> s.proceso().destroy());
        for (Servicio servicio : servicios) {
            try {
                if (!servicio.proceso().waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    servicio.proceso().destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                servicio.proceso().destroyForcibly();
            }
        }
    }

    private static boolean listo(Servicio servicio) throws IOException {
        try {
            var conexion = (HttpURLConnection) URI.create(servicio.url() + "/q/health/ready").toURL().openConnection();
            conexion.setConnectTimeout(500);
            conexion.setReadTimeout(2000);
            return conexion.getResponseCode() == 200;
        } catch (java.net.ConnectException e) {
            return false;
        }
    }

    private static String cola(Path log) {
        try {
            List<String> lineas = Files.readAllLines(log);
            return String.join("\n", lineas.subList(Math.max(0, lineas.size() - 40), lineas.size()));
        } catch (IOException e) {
            return "(sin log: " + e.getMessage() + ")";
        }
    }

    private static void exigirPuerto(int puerto, String que) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", puerto), 1000);
        } catch (IOException e) {
            throw new IllegalStateException(que + " no responde en 127.0.0.1:" + puerto
                    + "; inícialo con deploy/infra.sh up (deploy/test.sh lo hace)");
        }
    }

    private static int puertoLibre() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
