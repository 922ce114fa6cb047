package mx.pbrsed.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mx.pbrsed.e2e.FlujoDeCapturas.Aceptada;
import mx.pbrsed.e2e.FlujoDeCapturas.Conteo;
import mx.pbrsed.e2e.FlujoDeCapturas.Periodo;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The fault drills of issue 8, against the three packaged services, the project's PostgreSQL and
 * its Kafka broker: each stops or breaks something while capturas stream in, then checks that
 * nothing accepted was lost and prints one line of counts (FlujoDeCapturas says what each means).
 * (1) Kafka stopped and started again; (2) evaluation-service killed with SIGKILL and started
 * again; (3) PostgreSQL restarted under load; (4) every topic replayed into a fresh database.
 *
 * <p>They stop the shared broker and restart the shared database, so they run last (e2e-tests is
 * the last module) and always start again what they stopped. The program is the demo document
 * with a quarterly copy of each of its two annual indicators, so the stream spans trimestres.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SimulacrosIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int CAPTURAS_POR_SEGUNDO = 5;
    private static final Duration ESPERA_EVALUACION = Duration.ofSeconds(60);
    private static final String ADMIN = ClavesDePrueba.token("admin.catalogo@planeacion.puebla.gob.mx", Token.ROL_ADMIN_CATALOGO, null);
    /** The IPAM's capturista: the program belongs to UR 118. */
    private static final String CAPTURISTA = ClavesDePrueba.token("OORE690714H58", Token.ROL_CAPTURISTA, "118");
    private static final String LECTOR = ClavesDePrueba.token("consulta@planeacion.puebla.gob.mx",
            List.of(Token.ROL_CONSULTA, Token.ROL_CAPTURISTA), "118");
    /** Channels of evaluation-service, each with its own group.id setting. */
    private static final List<String> CANALES_EVALUATION = List.of("indicadores", "capturas", "programas", "devengados");
    /** Every consumer's dead-letter topic (application.properties of each service). */
    private static final List<String> COLAS_DE_MUERTOS = List.of("indicadores-dlq-capture", "programas-dlq-capture",
            "capturas-dlq-catalog", "indicadores-dlq-evaluation", "capturas-dlq-evaluation", "programas-dlq-evaluation",
            "devengados-dlq-evaluation");

    private static Sistema sistema;
    private static Sistema.Servicio catalog;
    private static Sistema.Servicio capture;
    private static Sistema.Servicio evaluation;
    private static List<Periodo> periodos;
    /** Every captura sent and accepted over all the drills, for the replay's counts. */
    private static final List<Aceptada> aceptadas = new ArrayList<>();
    private static int enviadas;

    @BeforeAll
    static void iniciar() throws Exception {
        Sistema.exigirInfraestructura();
        Instant inicio = Instant.now();
        sistema = new Sistema();
        catalog = sistema.iniciar("catalog", "CATALOG_DB_URL");
        capture = sistema.iniciar("capture", "CAPTURE_DB_URL");
        // A killed consumer's partitions go to its successor once its session expires: 6 s, not 45.
        evaluation = sistema.iniciar("evaluation", "EVALUATION_DB_URL", "kafka.session.timeout.ms=6000",
                "kafka.heartbeat.interval.ms=2000");
        sistema.esperarListos();
        periodos = importarPrograma();
        // capture learns the indicators from the catalog's topic: each period's first captura waits for it
        var primeras = new FlujoDeCapturas(capture.url(), CAPTURISTA, periodos);
        for (Periodo periodo : periodos) {
            esperar("primera captura aceptada de " + periodo, Duration.ofSeconds(30), () -> primeras.capturar(periodo));
        }
        esperarEvaluadas(evaluation.url());
        // the attempts refused while capture did not know the indicators yet are not part of the counts
        enviadas += primeras.aceptadas().size();
        aceptadas.addAll(primeras.aceptadas());
        System.out.printf("[simulacros] sistema listo en %d s: %d periodos, %d capturas iniciales%n",
                Duration.between(inicio, Instant.now()).toSeconds(), periodos.size(), primeras.aceptadas().size());
    }

    @AfterAll
    static void detener() throws Exception {
        if (sistema != null) {
            sistema.close();
        }
        // whatever happened, the shared broker and database are left running
        if (!Sistema.puertoAbierto(9092)) {
            Sistema.infra("kafka-start");
        }
        if (!Sistema.puertoAbierto(5432)) {
            Sistema.infra("up");
        }
    }

    /** (1) Capture accepts with the broker away (its outbox keeps the events) and relays them once it is back. */
    @Test
    @Order(1)
    void kafkaDetenidoDuranteElFlujo() throws Exception {
        Instant inicio = Instant.now();
        var flujo = new FlujoDeCapturas(capture.url(), CAPTURISTA, periodos);
        flujo.arrancar(CAPTURAS_POR_SEGUNDO);
        Instant detencion = null;
        Instant reanudacion = null;
        try {
            Thread.sleep(1500);
            detencion = Instant.now();
            try {
                Sistema.infra("kafka-stop");
                // capture goes on accepting: its outbox keeps the events while the broker is away
                Thread.sleep(3000);
            } finally {
                Sistema.infra("kafka-start");
                reanudacion = Instant.now();
            }
            Thread.sleep(1500);
        } finally {
            flujo.detener();
        }

        Conteo conteo = cerrar("1 kafka detenido y reiniciado", flujo, inicio,
                " | kafka fuera " + segundos(detencion, reanudacion) + " s");
        assertThat(conteo.aceptadas()).as("capture accepts while Kafka is down").isEqualTo(conteo.enviadas());
        assertThat(conteo.perdidas()).isZero();
        assertThat(conteo.duplicados()).as("the relay waits for each send's outcome: nothing is sent twice").isZero();
    }

    /** (2) A killed evaluation-service catches up from its committed offsets to what a full rebuild computes. */
    @Test
    @Order(2)
    void evaluationMuertaConSigkill() throws Exception {
        Instant inicio = Instant.now();
        var flujo = new FlujoDeCapturas(capture.url(), CAPTURISTA, periodos);
        flujo.arrancar(CAPTURAS_POR_SEGUNDO);
        try {
            Thread.sleep(1500);
            sistema.matar(evaluation);
            Thread.sleep(1500);
            evaluation = sistema.reiniciar(evaluation);
            sistema.esperarListos();
            Thread.sleep(1000);
        } finally {
            flujo.detener();
        }
        esperarEvaluadas(evaluation.url());
        Map<String, JsonNode> antes = FlujoDeCapturas.resultados(evaluation.url(), LECTOR, periodos);
        HttpResponse<String> reconstruccion = HTTP.send(HttpRequest.newBuilder(
                        URI.create(evaluation.url() + "/admin/reconstruccion?origen=TOPICS"))
                .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reconstruccion.statusCode()).as(reconstruccion.body()).isEqualTo(200);
        List<String> diferencias = FlujoDeCapturas.diferencias(antes,
                FlujoDeCapturas.resultados(evaluation.url(), LECTOR, periodos));

        Conteo conteo = cerrar("2 evaluation kill -9 y reinicio", flujo, inicio,
                " | resultados=" + antes.size() + " distintos-de-la-reconstruccion=" + diferencias.size());
        assertThat(conteo.perdidas()).isZero();
        assertThat(diferencias).as("results after catching up vs. a full rebuild from the topics").isEmpty();
    }

    /**
     * (3) PostgreSQL restarted while capturas and reads go on: meanwhile every service answers a
     * 503 problem within the client's 10 s, and afterwards goes on without being restarted.
     */
    @Test
    @Order(3)
    void postgresqlReiniciadoBajoCarga() throws Exception {
        Instant inicio = Instant.now();
        var flujo = new FlujoDeCapturas(capture.url(), CAPTURISTA, periodos)
                .conConsulta("GET evaluation", p -> evaluation.url() + "/indicadores/" + p.indicadorId() + "/resultados", LECTOR)
                .conConsulta("GET catalog", p -> catalog.url() + "/programas/" + FlujoDeCapturas.EJERCICIO + "/E011", LECTOR);
        flujo.arrancar(CAPTURAS_POR_SEGUNDO);
        String duracionReinicio = "?";
        try {
            Thread.sleep(1500);
            Instant reinicio = Instant.now();
            try {
                Sistema.infra("pg-restart");
                duracionReinicio = segundos(reinicio, Instant.now());
            } finally {
                if (!Sistema.puertoAbierto(5432)) {
                    Sistema.infra("up");
                }
            }
            // recovered without a restart (the same processes): capture accepts again, the others answer
            int aceptadasAlVolver = flujo.aceptadas().size();
            esperar("capturas aceptadas tras el reinicio de PostgreSQL", Duration.ofSeconds(30),
                    () -> flujo.aceptadas().size() >= aceptadasAlVolver + 5);
            esperar("catalog y evaluation respondiendo tras el reinicio de PostgreSQL", Duration.ofSeconds(30),
                    () -> FlujoDeCapturas.obtener(catalog.url() + "/programas/2023/E011", LECTOR).statusCode() == 200
                            && FlujoDeCapturas.obtener(evaluation.url() + "/indicadores/" + periodos.get(0).indicadorId()
                            + "/resultados", LECTOR).statusCode() == 200);
        } finally {
            flujo.detener();
        }

        int timeouts = flujo.respuestas("POST capture", "timeout") + flujo.respuestas("GET evaluation", "timeout")
                + flujo.respuestas("GET catalog", "timeout");
        // drills 1 to 3 so far: a transient failure is retried in place, never dead-lettered
        int muertos = COLAS_DE_MUERTOS.stream()
                .mapToInt(cola -> ContratoEventos.leerTodo(sistema.prefijoTopics() + cola).size()).sum();
        Conteo conteo = cerrar("3 postgresql reiniciado bajo carga", flujo, inicio, " | pg-restart " + duracionReinicio
                + " s | timeouts=" + timeouts + " dlq=" + muertos + " | " + flujo.resumenRespuestas());
        assertThat(conteo.perdidas()).isZero();
        assertThat(timeouts).as("requests that hung").isZero();
        assertThat(muertos).as("records dead-lettered by any consumer").isZero();
        assertThat(flujo.fallasInesperadas()).as("answers other than success or a 503 problem: " + flujo.malFormadas()
                + " " + flujo.resumenRespuestas()).isZero();
    }

    /** (4) A fresh evaluation-service fed from the beginning of every topic computes the same results. */
    @Test
    @Order(4)
    void repeticionEnUnaBaseNueva() throws Exception {
        Instant inicio = Instant.now();
        String grupo = "evaluation-replay-" + Instant.now().toEpochMilli();
        List<String> propiedades = new ArrayList<>(CANALES_EVALUATION.stream()
                .map(canal -> "mp.messaging.incoming." + canal + ".group.id=" + grupo).toList());
        // its result announcements go to a topic of their own, not beside the live instance's
        propiedades.add("pbr.topics.evaluaciones=" + sistema.prefijoTopics() + "evaluaciones-replay");
        Sistema.Servicio repeticion = sistema.iniciarOtro("evaluation-replay-service", "evaluation", "EVALUATION_DB_URL",
                "evaluation_replay", propiedades.toArray(String[]::new));
        sistema.esperarListos();
        Map<String, JsonNode> vivos = FlujoDeCapturas.resultados(evaluation.url(), LECTOR, periodos);
        try {
            esperar("resultados de la repetición iguales a los vivos", ESPERA_EVALUACION,
                    () -> FlujoDeCapturas.diferencias(vivos, FlujoDeCapturas.resultados(repeticion.url(), LECTOR, periodos)).isEmpty());
        } catch (AssertionError e) {
            // the counts and the differences below say what is missing
        }
        List<String> diferencias = FlujoDeCapturas.diferencias(vivos,
                FlujoDeCapturas.resultados(repeticion.url(), LECTOR, periodos));
        Conteo conteo = FlujoDeCapturas.conteo(enviadas, List.copyOf(aceptadas),
                FlujoDeCapturas.versionesEvaluadas(repeticion.url(), LECTOR, periodos), topicCapturas());
        imprimir("4 repeticion de los topics en una base nueva", conteo, inicio,
                " | resultados=" + vivos.size() + " distintos-de-los-vivos=" + diferencias.size());
        assertThat(conteo.perdidas()).isZero();
        assertThat(diferencias).as("replayed results vs. the live evaluation's").isEmpty();
    }

    /** Waits for evaluation to catch up, then counts and prints this drill's line. */
    private static Conteo cerrar(String simulacro, FlujoDeCapturas flujo, Instant inicio, String extra) {
        try {
            esperarEvaluadas(evaluation.url());
        } catch (AssertionError e) {
            // counted as lost below, with the line printed
        }
        acumular(flujo);
        Conteo conteo = flujo.conteo(FlujoDeCapturas.versionesEvaluadas(evaluation.url(), LECTOR, periodos), topicCapturas());
        imprimir(simulacro, conteo, inicio, extra);
        return conteo;
    }

    private static void imprimir(String simulacro, Conteo conteo, Instant inicio, String extra) {
        System.out.printf("[simulacro %s] %s%s | %.1f s%n", simulacro, conteo, extra,
                Duration.between(inicio, Instant.now()).toMillis() / 1000.0);
    }

    private static String segundos(Instant desde, Instant hasta) {
        return String.format("%.1f", Duration.between(desde, hasta).toMillis() / 1000.0);
    }

    private static void acumular(FlujoDeCapturas flujo) {
        enviadas += flujo.enviadas();
        aceptadas.addAll(flujo.aceptadas());
    }

    /**
     * Until every period's result at {@code evaluation} is computed from capture's latest version
     * of it (a request answered 503 may still have committed one, so capture itself is asked).
     */
    private static void esperarEvaluadas(String evaluationUrl) {
        esperar("evaluación de la última versión de cada periodo", ESPERA_EVALUACION, () -> {
            Map<Periodo, Integer> enCapture = FlujoDeCapturas.versionesEnCapture(capture.url(), LECTOR, periodos);
            return enCapture.equals(FlujoDeCapturas.versionesEvaluadas(evaluationUrl, LECTOR, periodos));
        });
    }

    private static List<ConsumerRecord<String, String>> topicCapturas() {
        return ContratoEventos.leerTodo(sistema.prefijoTopics() + "capturas");
    }

    /**
     * The demo document, imported as admin-catalogo, with a TRIMESTRAL copy of each indicator
     * (clave -T): the annual ones are captured at Q4 only, the copies at every quarter.
     */
    private static List<Periodo> importarPrograma() throws IOException, InterruptedException {
        ObjectNode documento = (ObjectNode) JSON.readTree(Sistema.RAIZ.resolve("deploy/demo/documento-e011-2023.json").toFile());
        for (JsonNode objetivo : documento.path("objetivos")) {
            ArrayNode indicadores = (ArrayNode) objetivo.path("indicadores");
            ObjectNode trimestral = indicadores.get(0).deepCopy();
            trimestral.put("clave", trimestral.path("clave").asText() + "-T");
            trimestral.put("frecuencia", "TRIMESTRAL");
            indicadores.add(trimestral);
        }
        HttpResponse<String> respuesta = HTTP.send(HttpRequest.newBuilder(
                        URI.create(catalog.url() + "/programas/2023/E011/documento"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(documento.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(respuesta.statusCode()).as(respuesta.body()).isEqualTo(201);
        Map<String, JsonNode> porClave = new HashMap<>();
        JSON.readTree(respuesta.body()).path("indicadores").forEach(i -> porClave.put(i.path("clave").asText(), i));
        List<Periodo> lista = new ArrayList<>();
        for (JsonNode objetivo : documento.path("objetivos")) {
            for (JsonNode indicador : objetivo.path("indicadores")) {
                String clave = indicador.path("clave").asText();
                List<String> variables = new ArrayList<>();
                indicador.path("variables").forEach(v -> variables.add(v.path("clave").asText()));
                String id = porClave.get(clave).path("id").asText();
                Stream<Integer> trimestres = "TRIMESTRAL".equals(indicador.path("frecuencia").asText())
                        ? Stream.of(1, 2, 3, 4) : Stream.of(4);
                trimestres.forEach(t -> lista.add(new Periodo(id, clave, t, variables)));
            }
        }
        return lista;
    }

    private static void esperar(String que, Duration limite, java.util.concurrent.Callable<Boolean> condicion) {
        try {
            await().atMost(limite).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(condicion);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Sin " + que + " en " + limite.toSeconds() + " s. Logs de los servicios:"
                    + sistema.diagnostico(), e);
        }
    }
}
