package mx.pbrsed.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The overload drill of issue 13, against the three packaged services started with the JVM
 * options of deploy/k8s/jvm.env: a burst of 1,000 concurrent requests per service from many token
 * subjects, a 100,000-row lote, the largest admitted lote at the admitted concurrency, and slow
 * incomplete requests. Whatever arrives, a service answers a success or a problem (429 or 503 with
 * Retry-After when it sheds load), never hangs or dies, and is healthy again by itself. Each step
 * prints its counts; the last prints each service's heap and resident size after the drill.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SobrecargaIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RAFAGA = 1_000;
    /** Distinct subjects per role in a burst: the per-subject limits alone must not be what sheds it. */
    private static final int SUJETOS = 50;
    private static final int FILAS_LOTE_HOSTIL = 100_000;
    /** Capture's documented maximum of rows per lote: the largest request it admits. */
    private static final int FILAS_LOTE_MAXIMO = 10_000;
    /** pbr.http.solicitudes-concurrentes (platform's BordeHttp default): the requests a service runs at once. */
    private static final int CONCURRENCIA_ADMITIDA = 48;
    private static final int SOCKETS_LENTOS = 200;
    /** Longer than any request may take, queued ones included: one that reaches it counts as hung. */
    private static final Duration ESPERA_RESPUESTA = Duration.ofSeconds(60);
    private static final Duration ESPERA_LOTE = Duration.ofSeconds(180);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String ADMIN = ClavesDePrueba.token("admin.catalogo@planeacion.puebla.gob.mx", Token.ROL_ADMIN_CATALOGO, null);
    private static final List<String> CONSULTAS = tokens(n -> ClavesDePrueba.token("consulta" + n + "@sobrecarga.test",
            Token.ROL_CONSULTA, null));
    /** Capturistas of UR 118, the seed program's: every one of them may capture its indicators. */
    private static final List<String> CAPTURISTAS = tokens(n -> ClavesDePrueba.token("CAPT" + n + "SOBRECARGA",
            Token.ROL_CAPTURISTA, "118"));

    private static Sistema sistema;
    private static Sistema.Servicio catalog;
    private static Sistema.Servicio capture;
    private static Sistema.Servicio evaluation;
    private static String fin;
    private static String proposito;

    /** A request of a burst, named by its operation for the counts. */
    private record Peticion(String operacion, HttpRequest solicitud) {
    }

    @BeforeAll
    static void iniciar() throws Exception {
        Sistema.exigirInfraestructura();
        sistema = new Sistema();
        catalog = sistema.iniciar("catalog", "CATALOG_DB_URL");
        capture = sistema.iniciar("capture", "CAPTURE_DB_URL");
        evaluation = sistema.iniciar("evaluation", "EVALUATION_DB_URL");
        sistema.esperarListos();
        HttpResponse<String> importado = enviar(HttpRequest.newBuilder(URI.create(catalog.url() + "/programas/2023/E011/documento"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Files.readString(Sistema.RAIZ.resolve("deploy/demo/documento-e011-2023.json"))))
                .timeout(ESPERA_RESPUESTA).build());
        assertThat(importado.statusCode()).as(importado.body()).isEqualTo(201);
        for (JsonNode indicador : JSON.readTree(importado.body()).path("indicadores")) {
            switch (indicador.path("clave").asText()) {
                case "FIN-1" -> fin = indicador.path("id").asText();
                case "PROPOSITO-1" -> proposito = indicador.path("id").asText();
                default -> { }
            }
        }
        // capture and evaluation learn the indicators from the catalog's topic; the reads below need a result
        for (String indicador : List.of(fin, proposito)) {
            esperar("captura aceptada de " + indicador, () -> enviar(captura(indicador, 0, CAPTURISTAS.get(0))).statusCode() == 201);
        }
        esperar("resultados en evaluation", () -> enviar(get(evaluation.url() + "/programas/2023/E011/resumen?trimestre=4",
                CONSULTAS.get(0))).statusCode() == 200);
    }

    @AfterAll
    static void detener() {
        if (sistema != null) {
            sistema.close();
        }
    }

    @Test
    @Order(1)
    void rafagaDeMilLecturasAlCatalogo() throws Exception {
        rafaga(catalog, i -> switch (i % 3) {
            case 0 -> new Peticion("GET /programas/{e}/{c}", get(catalog.url() + "/programas/2023/E011", consulta(i)));
            case 1 -> new Peticion("GET /indicadores/{id}", get(catalog.url() + "/indicadores/" + fin, consulta(i)));
            default -> new Peticion("GET /indicadores?ejercicio", get(catalog.url() + "/indicadores?ejercicio=2023&size=100", consulta(i)));
        });
    }

    @Test
    @Order(2)
    void rafagaDeMilCapturasYLecturasACapture() throws Exception {
        // concurrent versions of the same two periods: a lost race must be a 409 problem, never a 5xx
        rafaga(capture, i -> i % 2 == 0
                ? new Peticion("POST /capturas", captura(i % 4 == 0 ? fin : proposito, i, CAPTURISTAS.get(i / 2 % SUJETOS)))
                : new Peticion("GET /capturas/{id}/{e}/{t}", get(capture.url() + "/capturas/" + fin + "/2023/4", consulta(i))));
    }

    @Test
    @Order(3)
    void rafagaDeMilLecturasAEvaluation() throws Exception {
        rafaga(evaluation, i -> switch (i % 3) {
            case 0 -> new Peticion("GET /programas/{e}/{c}/resumen",
                    get(evaluation.url() + "/programas/2023/E011/resumen?trimestre=4", consulta(i)));
            case 1 -> new Peticion("GET /indicadores/{id}/resultados",
                    get(evaluation.url() + "/indicadores/" + proposito + "/resultados", consulta(i)));
            default -> new Peticion("GET /programas/{e}/{c}/reporte",
                    get(evaluation.url() + "/programas/2023/E011/reporte?trimestre=4", consulta(i)));
        });
    }

    /** A lote far beyond the documented maximum, checked and then sent for real: refused or taken, capture lives on. */
    @Test
    @Order(4)
    void loteDeCienMilFilas() throws Exception {
        String csv = loteCsv(FILAS_LOTE_HOSTIL);
        for (boolean dryRun : List.of(true, false)) {
            Instant inicio = Instant.now();
            String resultado;
            String falta;
            try {
                HttpResponse<String> respuesta = HTTP.send(lote(csv, dryRun, CAPTURISTAS.get(1)), HttpResponse.BodyHandlers.ofString());
                resultado = String.valueOf(respuesta.statusCode());
                falta = revisar(respuesta);
                System.out.printf("[sobrecarga] lote de %,d filas (%.1f MB) dryRun=%s: %s en %.1f s: %s%n", FILAS_LOTE_HOSTIL,
                        csv.length() / 1e6, dryRun, resultado, segundos(inicio), recortar(respuesta.body()));
            } catch (IOException e) {
                falta = "sin respuesta: " + e;
                System.out.printf("[sobrecarga] lote de %,d filas dryRun=%s: %s tras %.1f s%n", FILAS_LOTE_HOSTIL, dryRun, e,
                        segundos(inicio));
            }
            assertThat(falta).as("capture's answer to a %,d-row lote (dryRun=%s)", FILAS_LOTE_HOSTIL, dryRun).isNull();
            assertThat(capture.proceso().isAlive()).as("capture-service alive after the lote" + sistema.diagnostico()).isTrue();
            recuperado(capture, get(capture.url() + "/capturas/" + fin + "/2023/4", CONSULTAS.get(1)));
        }
    }

    /**
     * The worst request capture admits, as many at once as it admits: each a lote of the maximum
     * rows (checked, not stored), each from its own capturista. The heap is sized for this.
     */
    @Test
    @Order(5)
    void lotesMaximosALaConcurrenciaAdmitida() throws Exception {
        String csv = loteCsv(FILAS_LOTE_MAXIMO);
        rafaga(capture, CONCURRENCIA_ADMITIDA, ESPERA_LOTE, i -> new Peticion("POST /capturas/lote?dryRun=true ("
                + FILAS_LOTE_MAXIMO + " filas)", lote(csv, true, CAPTURISTAS.get(i % SUJETOS))));
    }

    /**
     * Connections that send part of a request and then nothing: the server closes each once its
     * idle timeout (the platform's quarkus.http.idle-timeout) passes, and serves others meanwhile.
     */
    @Test
    @Order(6)
    void solicitudesIncompletasSeCierranPorInactividad() throws Exception {
        Duration inactividad = inactividadConfigurada();
        Duration plazo = inactividad.plusSeconds(15);
        List<Sistema.Servicio> servicios = List.of(catalog, capture, evaluation);
        ExecutorService hilos = Executors.newFixedThreadPool(SOCKETS_LENTOS * servicios.size());
        Instant inicio = Instant.now();
        List<Future<String>> cierres = new ArrayList<>();
        try {
            for (Sistema.Servicio servicio : servicios) {
                for (int i = 0; i < SOCKETS_LENTOS; i++) {
                    String parcial = i % 2 == 0 ? "GET /programas/2023/E0" // a request line cut short
                            : "GET /programas/2023/E011 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "; // headers cut short
                    cierres.add(hilos.submit(() -> esperarCierre(servicio, parcial, plazo)));
                }
            }
            // meanwhile every service serves complete requests
            Map<String, Integer> servidas = new TreeMap<>();
            while (Duration.between(inicio, Instant.now()).compareTo(inactividad.minusSeconds(5)) < 0) {
                for (Sistema.Servicio servicio : servicios) {
                    HttpResponse<String> respuesta = enviar(lecturaNormal(servicio, CONSULTAS.get(2)));
                    assertThat(respuesta.statusCode()).as(servicio.nombre() + " while slow connections are open: "
                            + respuesta.body()).isEqualTo(200);
                    servidas.merge(servicio.nombre(), 1, Integer::sum);
                }
                Thread.sleep(1000);
            }
            Map<String, Integer> desenlaces = new TreeMap<>();
            for (Future<String> cierre : cierres) {
                desenlaces.merge(cierre.get(plazo.toSeconds() + 30, TimeUnit.SECONDS), 1, Integer::sum);
            }
            System.out.printf("[sobrecarga] %d conexiones incompletas (%d por servicio), inactividad configurada %d s: %s;"
                    + " lecturas servidas mientras tanto %s%n", cierres.size(), SOCKETS_LENTOS, inactividad.toSeconds(),
                    desenlaces, servidas);
            assertThat(desenlaces.keySet()).as("how the slow connections ended: closed by the server within the idle "
                    + "timeout, neither earlier nor left open").containsOnly("cerrada por inactividad");
        } finally {
            hilos.shutdownNow();
        }
    }

    @Test
    @Order(7)
    void cadaServicioSigueVivoTrasLaSobrecarga() throws Exception {
        for (Sistema.Servicio servicio : List.of(catalog, capture, evaluation)) {
            assertThat(servicio.proceso().isAlive()).as(servicio.nombre() + " alive after the drill" + sistema.diagnostico()).isTrue();
            recuperado(servicio, lecturaNormal(servicio, CONSULTAS.get(3)));
            Memoria memoria = memoria(servicio);
            System.out.printf("[sobrecarga] %s tras la sobrecarga con %s: heap usado %d MB, comprometido %d MB, RSS %d MB%n",
                    servicio.nombre(), String.join(" ", Sistema.opcionesJvm()), memoria.usado() >> 20,
                    memoria.comprometido() >> 20, rss(servicio) >> 20);
        }
    }

    private static void rafaga(Sistema.Servicio servicio, IntFunction<Peticion> peticion) throws Exception {
        rafaga(servicio, RAFAGA, ESPERA_RESPUESTA, peticion);
    }

    /**
     * Sends {@code cuantas} requests at once (each thread waits at a latch until all are ready),
     * prints how many got each answer and asserts that every answer is a success or a problem, that
     * none hung or lost its connection, and that the service is alive and ready afterwards.
     */
    private static void rafaga(Sistema.Servicio servicio, int cuantas, Duration espera, IntFunction<Peticion> peticion)
            throws Exception {
        Map<String, Map<String, AtomicInteger>> conteos = new ConcurrentHashMap<>();
        List<String> faltas = Collections.synchronizedList(new ArrayList<>());
        ExecutorService hilos = Executors.newFixedThreadPool(cuantas);
        CountDownLatch salida = new CountDownLatch(1);
        // the most heap seen in use meanwhile (/q/ is never shed): what the heap must hold at this load
        AtomicLong maximoUsado = new AtomicLong();
        var muestreo = Executors.newSingleThreadScheduledExecutor();
        muestreo.scheduleWithFixedDelay(() -> {
            try {
                maximoUsado.accumulateAndGet(memoria(servicio).usado(), Math::max);
            } catch (IllegalStateException e) {
                // a sample lost to a busy or dead service: the burst's own assertions say which
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        Instant inicio = Instant.now();
        try {
            for (int i = 0; i < cuantas; i++) {
                Peticion p = peticion.apply(i);
                hilos.submit(() -> {
                    salida.await();
                    String resultado;
                    try {
                        HttpResponse<String> respuesta = HTTP.send(p.solicitud(), HttpResponse.BodyHandlers.ofString());
                        resultado = resultado(respuesta);
                        String falta = revisar(respuesta);
                        if (falta != null) {
                            faltas.add(p.operacion() + ": " + falta);
                        }
                    } catch (HttpTimeoutException e) {
                        resultado = "timeout";
                        faltas.add(p.operacion() + ": sin respuesta en " + espera.toSeconds() + " s");
                    } catch (IOException e) {
                        resultado = "error";
                        faltas.add(p.operacion() + ": " + e);
                    }
                    conteos.computeIfAbsent(p.operacion(), o -> new ConcurrentHashMap<>())
                            .computeIfAbsent(resultado, r -> new AtomicInteger()).incrementAndGet();
                    return null;
                });
            }
            salida.countDown();
        } finally {
            hilos.shutdown();
        }
        boolean terminada = hilos.awaitTermination(espera.toSeconds() + 30, TimeUnit.SECONDS);
        muestreo.shutdownNow();
        assertThat(terminada).as("the burst ended").isTrue();
        var resumen = new StringBuilder();
        new TreeMap<>(conteos).forEach((operacion, porResultado) -> {
            resumen.append(resumen.isEmpty() ? "" : " | ").append(operacion);
            new TreeMap<>(porResultado).forEach((resultado, n) -> resumen.append(' ').append(resultado).append('=').append(n));
        });
        System.out.printf("[sobrecarga] %s, %d solicitudes a la vez: %s | %.1f s, heap usado máximo %d MB%n",
                servicio.nombre(), cuantas, resumen, segundos(inicio), maximoUsado.get() >> 20);
        assertThat(faltas.subList(0, Math.min(20, faltas.size()))).as(servicio.nombre()
                + ": answers other than a success or a problem (the first 20 of " + faltas.size() + ")").isEmpty();
        assertThat(servicio.proceso().isAlive()).as(servicio.nombre() + " alive after the burst" + sistema.diagnostico()).isTrue();
        recuperado(servicio, lecturaNormal(servicio, CONSULTAS.get(4)));
    }

    /** The status, and for a problem its type ("503 servicio-saturado"): which limit shed a request. */
    private static String resultado(HttpResponse<String> respuesta) {
        String tipo = respuesta.statusCode() >= 400 ? problema(respuesta).path("type").asText() : "";
        return respuesta.statusCode() + (tipo.isEmpty() ? "" : " " + tipo.substring(tipo.lastIndexOf('/') + 1));
    }

    private static JsonNode problema(HttpResponse<String> respuesta) {
        try {
            return JSON.readTree(respuesta.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    /**
     * Null if the answer is one a client can act on: a success with a body, or a problem whose status
     * matches the line, with Retry-After when it asks to come back later (429, 503). Otherwise, why not.
     */
    private static String revisar(HttpResponse<String> respuesta) {
        int estado = respuesta.statusCode();
        if (estado >= 200 && estado < 300) {
            return estado == 204 || !respuesta.body().isEmpty() ? null : estado + " sin cuerpo";
        }
        if (estado >= 500 && estado != 503) {
            return estado + " " + recortar(respuesta.body());
        }
        String tipo = respuesta.headers().firstValue("Content-Type").orElse("");
        if (!tipo.startsWith("application/problem+json")) {
            return estado + " sin problem+json (" + tipo + "): " + recortar(respuesta.body());
        }
        JsonNode problema = problema(respuesta);
        if (problema.path("status").asInt() != estado || problema.path("title").asText().isBlank()) {
            return estado + " con un problema sin status igual o sin title: " + recortar(respuesta.body());
        }
        if ((estado == 429 || estado == 503) && respuesta.headers().firstValue("Retry-After").isEmpty()) {
            return estado + " sin Retry-After";
        }
        return null;
    }

    /** Ready again and serving a normal read, by itself, within 30 s. */
    private static void recuperado(Sistema.Servicio servicio, HttpRequest lectura) {
        esperar(servicio.nombre() + " listo y respondiendo tras la sobrecarga", () ->
                enviar(HttpRequest.newBuilder(URI.create(servicio.url() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build())
                        .statusCode() == 200 && enviar(lectura).statusCode() == 200);
    }

    private static HttpRequest lecturaNormal(Sistema.Servicio servicio, String token) {
        return switch (servicio.nombre()) {
            case "catalog" -> get(catalog.url() + "/programas/2023/E011", token);
            case "capture" -> get(capture.url() + "/capturas/" + fin + "/2023/4", token);
            default -> get(evaluation.url() + "/indicadores/" + fin + "/resultados", token);
        };
    }

    /**
     * Opens a connection, sends {@code parcial} and nothing more, and waits for the server to close
     * it: "cerrada por inactividad" if it did so after about the idle timeout, else what happened.
     */
    private static String esperarCierre(Sistema.Servicio servicio, String parcial, Duration plazo) {
        Duration inactividad = plazo.minusSeconds(15);
        Instant inicio = Instant.now();
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", servicio.puerto()), 10_000);
            socket.setSoTimeout((int) plazo.toMillis());
            OutputStream salida = socket.getOutputStream();
            salida.write(parcial.getBytes(StandardCharsets.US_ASCII));
            salida.flush();
            InputStream entrada = socket.getInputStream();
            byte[] recibido = entrada.readAllBytes();
            Duration abierta = Duration.between(inicio, Instant.now());
            if (recibido.length > 0) {
                return "respondida: " + recortar(new String(recibido, StandardCharsets.UTF_8));
            }
            return abierta.compareTo(inactividad.minusSeconds(2)) < 0 ? "cerrada antes de tiempo" : "cerrada por inactividad";
        } catch (java.net.SocketTimeoutException e) {
            return "abierta tras " + plazo.toSeconds() + " s";
        } catch (IOException e) {
            // a reset after the idle time is the server closing it too
            return Duration.between(inicio, Instant.now()).compareTo(inactividad.minusSeconds(2)) < 0
                    ? "error: " + e.getMessage() : "cerrada por inactividad";
        }
    }

    /** The idle timeout the services run with: the platform module's default, which no service overrides. */
    private static Duration inactividadConfigurada() throws IOException {
        var propiedades = new Properties();
        try (var entrada = Files.newInputStream(Sistema.RAIZ.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            propiedades.load(entrada);
        }
        return Duration.parse("PT" + propiedades.getProperty("quarkus.http.idle-timeout"));
    }

    private record Memoria(long usado, long comprometido) {
    }

    /** The heap's used and committed bytes, summed over its pools, from the service's public /q/metrics. */
    private static Memoria memoria(Sistema.Servicio servicio) {
        String metricas = enviar(HttpRequest.newBuilder(URI.create(servicio.url() + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build()).body();
        return new Memoria(suma(metricas, "jvm_memory_used_bytes"), suma(metricas, "jvm_memory_committed_bytes"));
    }

    private static long suma(String metricas, String nombre) {
        Matcher linea = Pattern.compile("(?m)^" + nombre + "\\{[^}]*area=\"heap\"[^}]*} (\\S+)$").matcher(metricas);
        long total = 0;
        while (linea.find()) {
            total += (long) Double.parseDouble(linea.group(1));
        }
        return total;
    }

    /** The process's resident set (VmRSS), in bytes. */
    private static long rss(Sistema.Servicio servicio) throws IOException {
        for (String linea : Files.readAllLines(Path.of("/proc/" + servicio.proceso().pid() + "/status"))) {
            if (linea.startsWith("VmRSS:")) {
                return Long.parseLong(linea.replaceAll("\\D", "")) * 1024;
            }
        }
        throw new IllegalStateException("sin VmRSS para " + servicio.nombre());
    }

    /** {@code filas} rows of the seed's two indicators at Q4 2023, alternating (FIN-1 has V1 only). */
    private static String loteCsv(int filas) {
        var csv = new StringBuilder("indicadorId,ejercicio,trimestre,V1,V2\n");
        for (int i = 0; i < filas; i++) {
            if (i % 2 == 0) {
                csv.append(fin).append(",2023,4,").append(30_000 + i % 5_000).append(",\n");
            } else {
                csv.append(proposito).append(",2023,4,").append(1 + i % 9).append(",9\n");
            }
        }
        return csv.toString();
    }

    private static HttpRequest lote(String csv, boolean dryRun, String token) {
        return HttpRequest.newBuilder(URI.create(capture.url() + "/capturas/lote?dryRun=" + dryRun))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).timeout(ESPERA_LOTE).build();
    }

    private static HttpRequest captura(String indicadorId, int n, String token) {
        ObjectNode captura = JSON.createObjectNode().put("indicadorId", indicadorId).put("ejercicio", 2023).put("trimestre", 4)
                .put("analisisLogro", "Sobrecarga " + n).put("justificacionVariacion", "Cifra de la ráfaga " + n).put("preliminar", true);
        ObjectNode valores = captura.putObject("valores").put("V1", 1 + n % 9);
        if (indicadorId.equals(proposito)) {
            valores.put("V2", 9);
        }
        return HttpRequest.newBuilder(URI.create(capture.url() + "/capturas"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(captura.toString())).timeout(ESPERA_RESPUESTA).build();
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(ESPERA_RESPUESTA).GET().build();
    }

    private static String consulta(int i) {
        return CONSULTAS.get(i % SUJETOS);
    }

    private static List<String> tokens(IntFunction<String> token) {
        List<String> tokens = new ArrayList<>();
        for (int n = 0; n < SUJETOS; n++) {
            tokens.add(token.apply(n));
        }
        return List.copyOf(tokens);
    }

    private static HttpResponse<String> enviar(HttpRequest solicitud) {
        try {
            return HTTP.send(solicitud, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(solicitud.method() + " " + solicitud.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void esperar(String que, java.util.concurrent.Callable<Boolean> condicion) {
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(condicion);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Sin " + que + " en 30 s. Logs de los servicios:" + sistema.diagnostico(), e);
        }
    }

    private static double segundos(Instant desde) {
        return Duration.between(desde, Instant.now()).toMillis() / 1000.0;
    }

    private static String recortar(String texto) {
        String linea = texto.replaceAll("\\s+", " ");
        return linea.length() > 300 ? linea.substring(0, 300) + "…" : linea;
    }
}
