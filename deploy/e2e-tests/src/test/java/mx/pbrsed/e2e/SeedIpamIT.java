package mx.pbrsed.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import mx.pbrsed.bench.Contrato;
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

/**
 * The foundation's end-to-end proof: the seed's program is imported as one document through the
 * catalog's API, its Q4 2023 values are captured through capture-service's API, and
 * evaluation-service, fed only by Kafka, shows exactly what the state's report printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedIpamIT {
    private static final Path DEMO = Sistema.RAIZ.resolve("deploy/demo");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sistema sistema;
    private static String catalog;
    private static String capture;
    private static String evaluation;
    private static final String ADMIN = ClavesDePrueba.token("admin.catalogo@planeacion.puebla.gob.mx", Token.ROL_ADMIN_CATALOGO, null);
    /** The IPAM's capturista: the seed's program belongs to UR 118. */
    private static final String CAPTURISTA = ClavesDePrueba.token("OORE690714H58", Token.ROL_CAPTURISTA, "118");
    private static final String CONSULTA = ClavesDePrueba.token("consulta@planeacion.puebla.gob.mx", Token.ROL_CONSULTA, null);

    @BeforeAll
    static void iniciar() throws Exception {
        Sistema.exigirInfraestructura();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        sistema = new Sistema();
        catalog = sistema.iniciar("catalog", "CATALOG_DB_URL").url();
        // overdue capturas looked for every few seconds, so capturas-vencidas has records to check
        capture = sistema.iniciar("capture", "CAPTURE_DB_URL", "pbr.vencidas.intervalo=3s").url();
        evaluation = sistema.iniciar("evaluation", "EVALUATION_DB_URL").url();
        sistema.esperarListos();
    }

    @AfterAll
    static void detener() {
        if (sistema != null) {
            sistema.close();
        }
    }

    @Test
    @Order(1)
    void elReporteDelIpamSeReproduceDeExtremoAExtremo() throws IOException {
        JsonPath importado = como(ADMIN).contentType(ContentType.JSON)
                .body(Files.readString(DEMO.resolve("documento-e011-2023.json")))
                .when().put(catalog + "/programas/2023/E011/documento")
                .then().statusCode(201).extract().jsonPath();
        String matricula = importado.getString("indicadores.find { it.clave == 'FIN-1' }.id");
        String programas = importado.getString("indicadores.find { it.clave == 'PROPOSITO-1' }.id");
        // Q4 2023's window closed long ago: capture announces both periods overdue before their late
        // capturas arrive, as it did when the window closed. Waited for, not raced: a captura posted
        // before capture's next look (every 3 s here) would leave capturas-vencidas empty.
        esperar("las dos capturas vencidas anunciadas", () -> given().get(capture + "/q/metrics").then().extract()
                .asString().contains("pbrsed_capturas_vencidas_total{ejercicio=\"2023\",trimestre=\"4\",ur=\"118\"} 2.0"));

        capturar(demo("captura-fin-2023-q4.json").put("indicadorId", matricula));
        capturar(demo("captura-proposito-2023-q4.json").put("indicadorId", programas));

        String q4 = "resultados.find { it.trimestre == 4 }";
        JsonPath resultadoMatricula = esperarCalculado(matricula);
        assertThat(resultadoMatricula.getString(q4 + ".logro")).isEqualTo("32822");
        assertThat(resultadoMatricula.getString(q4 + ".metaProgramada")).isEqualTo("45649");
        assertThat(resultadoMatricula.getString(q4 + ".avancePorcentaje")).isEqualTo("71.90");
        assertThat(resultadoMatricula.getString(q4 + ".semaforo")).isEqualTo("AMARILLO");

        JsonPath resultadoProgramas = esperarCalculado(programas);
        assertThat(resultadoProgramas.getString(q4 + ".logro")).isEqualTo("100");
        assertThat(resultadoProgramas.getString(q4 + ".avancePorcentaje")).isEqualTo("100.00");
        assertThat(resultadoProgramas.getString(q4 + ".semaforo")).isEqualTo("VERDE");
        assertThat(resultadoProgramas.getString(q4 + ".trazaLogro")).isEqualTo("(9 / 9) * 100 = 100");
    }

    @Test
    @Order(2)
    void elAvanceFinancieroDelPresupuestoE011() throws IOException {
        como(ADMIN).contentType(ContentType.JSON).body(Files.readString(DEMO.resolve("documento-e011-2023.json")))
                .when().put(catalog + "/programas/2023/E011/documento")
                .then().statusCode(anyOf(is(200), is(201)));
        String devengado = Files.readString(DEMO.resolve("devengado-e011-2023-q4.json"));
        // capture knows the program once the catalog's programas topic reached it
        esperar("devengado aceptado", () -> como(CAPTURISTA).contentType(ContentType.JSON).body(devengado)
                .post(capture + "/devengados").statusCode() == 201);

        String resumen = evaluation + "/programas/2023/E011/resumen?trimestre=4";
        esperar("avance financiero", () -> como(CONSULTA).get(resumen).jsonPath()
                .get("avanceFinanciero.porcentajeModificado") != null);
        JsonPath avance = new JsonPath(como(CONSULTA).get(resumen).then().statusCode(200).extract().asString())
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));
        assertThat(avance.getString("avanceFinanciero.presupuestoAprobado")).isEqualTo("45022975.00");
        assertThat(avance.getString("avanceFinanciero.presupuestoModificado")).isEqualTo("47812885.90");
        assertThat(avance.getString("avanceFinanciero.devengado")).isEqualTo("47812885.90");
        assertThat(avance.getString("avanceFinanciero.porcentajeAprobado")).isEqualTo("106.20");
        assertThat(avance.getString("avanceFinanciero.porcentajeModificado")).isEqualTo("100.00");
    }

    /**
     * Every record the flow above made, on every topic a service produces, read back from the
     * broker: each payload matches its JSON Schema in the AsyncAPI document and each record is a
     * CloudEvent in binary mode (ce_* headers) with the type the document gives it.
     */
    @Test
    @Order(3)
    void cadaEventoProducidoCumpleLaAsyncApi() throws IOException {
        ContratoEventos contrato = new ContratoEventos();
        Map<String, Integer> revisados = new TreeMap<>();
        List<String> incumplimientos = new ArrayList<>();
        for (String direccion : List.of("indicadores", "programas", "capturas", "capturas-tardias",
                "capturas-vencidas", "devengados", "evaluaciones")) {
            Contrato.Mensaje mensaje = contrato.mensaje(direccion);
            String topic = sistema.prefijoTopics() + direccion;
            // the overdue check and the evaluation run after the captures: wait for their records
            esperar("registros en " + topic, () -> !ContratoEventos.leerTodo(topic).isEmpty());
            List<ConsumerRecord<String, String>> registros = ContratoEventos.leerTodo(topic);
            registros.forEach(r -> incumplimientos.addAll(contrato.incumplimientos(mensaje, r)));
            revisados.put(direccion, registros.size());
        }
        System.out.println("[e2e] eventos revisados contra la AsyncAPI por topic: " + revisados);
        assertThat(incumplimientos).as("records that depart from deploy/contracts/asyncapi.yaml").isEmpty();
    }

    /** A series that only exists once something went wrong: a record dead-lettered as unreadable. */
    private static final Set<String> SOLO_TRAS_UNA_FALLA = Set.of("pbrsed_eventos_rechazados_total");

    /**
     * The operators' dashboard shows no empty panel on a running system: every metric its PromQL
     * names is exposed by some service's public /q/metrics after the flow above.
     */
    @Test
    @Order(4)
    void cadaMetricaDelTableroLaExponeAlgunServicio() throws IOException {
        String tablero = Files.readString(Sistema.RAIZ.resolve("deploy/grafana/pbrsed-operacion.json"));
        Set<String> nombradas = new TreeSet<>();
        Matcher metrica = Pattern.compile("\\b(pbrsed_[a-z_]+|kafka_consumer_[a-z_]+|http_server_requests_seconds_[a-z]+)\\b").matcher(tablero);
        while (metrica.find()) {
            nombradas.add(metrica.group(1));
        }
        // Micrometer picks up the Kafka client's metrics (consumer lag) about once a minute.
        Set<String> ausentes = new TreeSet<>();
        esperar("las métricas del tablero", Duration.ofSeconds(90), () -> {
            String expuestas = String.join("\n", List.of(catalog, capture, evaluation).stream()
                    .map(url -> given().get(url + "/q/metrics").then().statusCode(200).extract().asString()).toList());
            ausentes.clear();
            for (String nombre : nombradas) {
                if (!SOLO_TRAS_UNA_FALLA.contains(nombre)
                        && !Pattern.compile("(?m)^" + nombre + "[{ ]").matcher(expuestas).find()) {
                    ausentes.add(nombre);
                }
            }
            return ausentes.isEmpty();
        });
        System.out.println("[e2e] métricas del tablero: " + nombradas.size() + ", sin serie en /q/metrics: " + ausentes);
        assertThat(ausentes).as("metrics the dashboard names that no service exposes").isEmpty();
    }

    private static RequestSpecification como(String token) {
        return given().auth().oauth2(token);
    }

    private static void esperar(String que, Callable<Boolean> condicion) {
        esperar(que, Duration.ofSeconds(30), condicion);
    }

    private static void esperar(String que, Duration plazo, Callable<Boolean> condicion) {
        try {
            await().atMost(plazo).pollInterval(Duration.ofMillis(250)).until(condicion);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Sin " + que + " en " + plazo.toSeconds() + " s. Logs de los servicios:" + sistema.diagnostico(), e);
        }
    }

    private static ObjectNode demo(String archivo) throws IOException {
        return (ObjectNode) JSON.readTree(DEMO.resolve(archivo).toFile());
    }

    /**
     * Capture learns the definitions from the catalog's topic, so it may take a moment to know them: it
     * says so with 409 indicador-no-replicado, the one answer retried; any other must be the 201.
     */
    private static void capturar(ObjectNode captura) {
        var respuesta = new AtomicReference<Response>();
        esperar("la réplica de capture con el indicador " + captura.get("indicadorId"), () -> {
            respuesta.set(como(CAPTURISTA).contentType(ContentType.JSON).body(captura.toString()).post(capture + "/capturas"));
            return !(respuesta.get().statusCode() == 409
                    && String.valueOf((Object) respuesta.get().path("type")).endsWith("/indicador-no-replicado"));
        });
        respuesta.get().then().statusCode(201);
    }

    /** BigDecimals are read as text so 71.90 is checked as printed, not as a double. */
    private static JsonPath esperarCalculado(String indicadorId) {
        esperar("resultado Q4 del indicador " + indicadorId, () -> {
            var respuesta = como(CONSULTA).get(evaluation + "/indicadores/" + indicadorId + "/resultados");
            return respuesta.statusCode() == 200
                    && "CALCULADO".equals(respuesta.jsonPath().getString("resultados.find { it.trimestre == 4 }.estado"));
        });
        String cuerpo = como(CONSULTA).get(evaluation + "/indicadores/" + indicadorId + "/resultados")
                .then().statusCode(200).body("indicadorId", equalTo(indicadorId)).extract().asString();
        return new JsonPath(cuerpo).using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));
    }
}
