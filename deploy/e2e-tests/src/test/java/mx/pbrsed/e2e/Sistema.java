package mx.pbrsed.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import mx.pbrsed.jwt.ClavesDePrueba;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The three packaged services started as real processes against the project's PostgreSQL and
 * Kafka, on free ports, with their own "_e2e" databases (cleaned at start) and per-run topics,
 * created with the partitions every topic has (deploy/infra.sh's KAFKA_PARTICIONES), whatever the
 * broker's default for auto-created ones.
 */
final class Sistema implements AutoCloseable {
    static final Path RAIZ = Path.of(System.getProperty("pbrsed.root", "../..")).toAbsolutePath().normalize();
    /** Generous: six JVMs starting at once on a busy 2-core machine took up to a minute each. */
    private static final Duration ESPERA_LISTO = Duration.ofSeconds(180);
    /** The databases' suffix: "_e2e" (deploy/infra.sh makes them); another run may take other ones. */
    private static final String SUFIJO_DB = System.getProperty("pbrsed.e2e.sufijo-db", "_e2e");

    /** The services' event topics, as deploy/infra.sh's KAFKA_TOPICS names them. */
    static final List<String> TOPICS = List.of("indicadores", "programas", "capturas", "capturas-tardias",
            "capturas-vencidas", "devengados", "evaluaciones", "alertas-tempranas");

    private final List<Servicio> servicios = new ArrayList<>();
    private final String prefijoTopics = "e2e-" + UUID.randomUUID() + "-";

    Sistema() {
        crearTopics();
    }

    /** A running service and how it was started, so that it can be started again the same way. */
    record Servicio(String nombre, int puerto, Process proceso, Path log, Arranque arranque) {
        String url() {
            return "http://127.0.0.1:" + puerto;
        }
    }

    /** The packaged service {@code nombre} on {@code baseDeDatos}, cleaned first or not, with extra -D settings. */
    record Arranque(String nombre, String variableDb, String baseDeDatos, boolean limpiar, int puerto, Path log,
                    List<String> propiedades) {
    }

    static void exigirInfraestructura() {
        exigirPuerto(5432, "PostgreSQL");
        exigirPuerto(9092, "Kafka");
    }

    /**
     * Runs {@code deploy/infra.sh subcomando} (kafka-stop, kafka-start, pg-restart, up...), as the
     * drills do to the shared broker and database; its output goes to target/infra.log.
     */
    static void infra(String subcomando) throws IOException, InterruptedException {
        Path log = RAIZ.resolve("deploy/e2e-tests/target/infra.log");
        Files.createDirectories(log.getParent());
        Process proceso = new ProcessBuilder("bash", RAIZ.resolve("deploy/infra.sh").toString(), subcomando)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!proceso.waitFor(90, TimeUnit.SECONDS)) {
            proceso.destroyForcibly();
            throw new IllegalStateException("deploy/infra.sh " + subcomando + " no terminó en 90 s; ver " + log);
        }
        if (proceso.exitValue() != 0) {
            throw new IllegalStateException("deploy/infra.sh " + subcomando + " falló (" + proceso.exitValue()
                    + "):\n" + cola(log));
        }
    }

    static boolean puertoAbierto(int puerto) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", puerto), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String prefijoTopics() {
        return prefijoTopics;
    }

    /** Starts a service on its cleaned "_e2e" database; {@code propiedades} are extra -D settings of this run. */
    Servicio iniciar(String nombre, String variableDb, String... propiedades) throws IOException {
        return arrancar(new Arranque(nombre, variableDb, nombre + "_e2e", true, puertoLibre(),
                RAIZ.resolve("deploy/e2e-tests/target/" + nombre + "-service.log"), List.of(propiedades)), false);
    }

    /**
     * Starts another instance of a service on its own port, log ({@code etiqueta}.log) and database,
     * which Flyway cleans first.
     */
    Servicio iniciarOtro(String etiqueta, String nombre, String variableDb, String baseDeDatos, String... propiedades)
            throws IOException {
        return arrancar(new Arranque(nombre, variableDb, baseDeDatos, true, puertoLibre(),
                RAIZ.resolve("deploy/e2e-tests/target/" + etiqueta + ".log"), List.of(propiedades)), false);
    }

    /**
     * Starts one more instance of a running service: the same database (not cleaned: the first
     * instance migrated it), topics and consumer groups, its own port and log ({@code etiqueta}.log).
     */
    Servicio iniciarOtraInstancia(Servicio primera, String etiqueta, String... propiedades) throws IOException {
        Arranque suyo = primera.arranque();
        List<String> todas = new ArrayList<>(suyo.propiedades());
        todas.addAll(List.of(propiedades));
        return arrancar(new Arranque(suyo.nombre(), suyo.variableDb(), suyo.baseDeDatos(), false, puertoLibre(),
                RAIZ.resolve("deploy/e2e-tests/target/" + etiqueta + ".log"), todas), false);
    }

    /** The partitions of every topic: KAFKA_PARTICIONES of deploy/infra.sh, the one place that says it. */
    static int particiones() {
        try {
            return Files.readAllLines(RAIZ.resolve("deploy/infra.sh")).stream()
                    .filter(linea -> linea.startsWith("readonly KAFKA_PARTICIONES="))
                    .map(linea -> Integer.parseInt(linea.substring(linea.indexOf('=') + 1).trim()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("deploy/infra.sh sin KAFKA_PARTICIONES"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This run's topics, each with {@link #particiones()} partitions, before any service creates one with fewer. */
    private void crearTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"))) {
            admin.createTopics(TOPICS.stream().map(t -> new NewTopic(prefijoTopics + t, particiones(), (short) 1)).toList())
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("No se crearon los topics de " + prefijoTopics + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a stopped or killed service again as it was, on the same port and database, keeping its data. */
    Servicio reiniciar(Servicio servicio) throws IOException {
        Arranque antes = servicio.arranque();
        return arrancar(new Arranque(antes.nombre(), antes.variableDb(), antes.baseDeDatos(), false, antes.puerto(),
                antes.log(), antes.propiedades()), true);
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or committed on the way out. */
    void matar(Servicio servicio) throws InterruptedException {
        servicio.proceso().destroyForcibly();
        if (!servicio.proceso().waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException(servicio.nombre() + " sigue vivo tras SIGKILL");
        }
        servicios.remove(servicio);
    }

    /** SIGTERM, as a rolling restart stops an instance: it leaves its consumer groups and ends its work. */
    void detener(Servicio servicio) throws InterruptedException {
        servicio.proceso().destroy();
        if (!servicio.proceso().waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(servicio.nombre() + " no se detuvo en 60 s tras SIGTERM:\n" + cola(servicio.log()));
        }
        servicios.remove(servicio);
    }

    /** The services' JVM options: JAVA_OPTS of deploy/k8s/jvm.env, as everywhere else they run. */
    static List<String> opcionesJvm() throws IOException {
        return Files.readAllLines(RAIZ.resolve("deploy/k8s/jvm.env")).stream()
                .filter(linea -> linea.startsWith("JAVA_OPTS="))
                .flatMap(linea -> Arrays.stream(linea.substring("JAVA_OPTS=".length()).trim().split("\\s+")))
                .toList();
    }

    private Servicio arrancar(Arranque arranque, boolean anexarLog) throws IOException {
        Path jar = RAIZ.resolve(arranque.nombre() + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Falta " + jar + ": ejecuta el build del proyecto (mvnw verify) antes");
        }
        Files.createDirectories(arranque.log().getParent());
        List<String> argumentos = new ArrayList<>(List.of("java"));
        argumentos.addAll(opcionesJvm());
        argumentos.addAll(List.of("-Dquarkus.http.port=" + arranque.puerto(),
                "-Dpbr.topic-prefix=" + prefijoTopics,
                "-Dquarkus.flyway.clean-at-start=" + arranque.limpiar(),
                "-Dquarkus.flyway.clean-disabled=" + !arranque.limpiar()));
        for (String propiedad : arranque.propiedades()) {
            argumentos.add("-D" + propiedad);
        }
        argumentos.addAll(List.of("-jar", jar.toString()));
        var comando = new ProcessBuilder(argumentos)
                .redirectErrorStream(true)
                .redirectOutput(anexarLog ? ProcessBuilder.Redirect.appendTo(arranque.log().toFile())
                        : ProcessBuilder.Redirect.to(arranque.log().toFile()));
        comando.environment().putAll(Map.of(
                arranque.variableDb(), "jdbc:postgresql://127.0.0.1:5432/" + arranque.baseDeDatos(),
                "PBR_JWT_PUBLIC_KEY_LOCATION", ClavesDePrueba.publica().toUri().toString(),
                "PBR_JWT_ISSUER", ClavesDePrueba.EMISOR));
        var servicio = new Servicio(arranque.nombre(), arranque.puerto(), comando.start(), arranque.log(), arranque);
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
                if (!servicio.proceso().waitFor(20, TimeUnit.SECONDS)) {
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
        } catch (IOException e) {
            // not listening yet, or too busy starting to answer within the read timeout
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
