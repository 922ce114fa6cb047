package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.agregarObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.crearIndicador;
import static mx.pbrsed.catalog.CatalogoApi.crearPrograma;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import mx.pbrsed.catalog.Topicos;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An indicator with capturas (learned from capture's topic) is retired, never deleted; one without is deleted. */
@QuarkusTest
class IndicadorRetiroTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "pbr.topics.indicadores")
    String indicadores;

    @ConfigProperty(name = "pbr.topics.capturas")
    String capturas;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void conCapturasNoSeEliminaYUnRegistroIlegibleNoDetieneAlConsumidor() throws Exception {
        UUID id = nuevoIndicador();
        try (var productor = productor()) {
            productor.send(new ProducerRecord<>(capturas, id.toString(), "{ esto no es JSON")).get();
            // capture-service's whole event: the catalog reads the indicadorId and ignores the rest
            productor.send(new ProducerRecord<>(capturas, id.toString(), """
                    {"schemaVersion": 1, "eventId": "%s", "occurredAt": "2024-01-10T10:00:00-06:00",
                     "capturaId": "%s", "indicadorId": "%s", "definicionVersion": 1, "ejercicio": 2023,
                     "trimestre": 4, "version": 1, "revision": 0, "estado": "ENVIADA",
                     "valoresPorMes": [{"mes": 12, "valores": {"V1": 9, "V2": 9}}], "preliminar": false,
                     "tardia": false, "justificacionVariacion": null, "capturadoPor": "OORE690714H58",
                     "capturadoEn": "2024-01-10T10:00:00-06:00", "campoFuturo": true}"""
                    .formatted(UUID.randomUUID(), UUID.randomUUID(), id))).get();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Almacen.filas(dataSource,
                "select count(*) from indicador_con_captura where indicador_id = '" + id + "'") == 1);

        esProblema(api().delete("/indicadores/{id}", id).then(), 409, "conflicto", "/indicadores/" + id)
                .body("detail", containsString("retiro"));
        api().get("/indicadores/{id}", id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void elRetiroPublicaUnaVersionRetiradaQueYaNoCambia() throws Exception {
        UUID id = nuevoIndicador();

        api().body("{\"vigenteDesde\": \"2023-12-31\"}").post("/indicadores/{id}/retiro", id).then().statusCode(200)
                .body("version", equalTo(2))
                .body("estado", equalTo("RETIRADO"))
                .body("vigenteDesde", equalTo("2023-12-31"))
                .body("metodoCalculo.expresion", equalTo("(V1 / V2) * 100"));
        api().get("/indicadores/{id}/versiones", id).then().statusCode(200)
                .body("estado", equalTo(List.of("VIGENTE", "RETIRADO")));

        esProblema(api().body("{}").post("/indicadores/{id}/retiro", id).then(), 409, "conflicto",
                "/indicadores/" + id + "/retiro");
        String cambio = ficha("PROPOSITO-1", objetivoDe(id)).put("vigenteDesde", "2024-01-01")
                .put("modificadoPor", "OORE690714H58").put("nombre", "OTRO").toString();
        esProblema(api().body(cambio).put("/indicadores/{id}", id).then(), 409, "conflicto", "/indicadores/" + id);

        JsonNode retiro = JSON.readTree(Topicos.registros(bootstrapServers, indicadores, id.toString(), 2).get(1).value());
        assertThat(retiro.get("version").asInt()).isEqualTo(2);
        assertThat(retiro.get("estado").asText()).isEqualTo("RETIRADO");
        assertThat(retiro.get("vigenteDesde").asText()).isEqualTo("2023-12-31");
    }

    @Test
    void sinCapturasSeEliminaYSePublicaRetirado() throws Exception {
        UUID id = nuevoIndicador();

        api().delete("/indicadores/{id}", id).then().statusCode(204);

        esProblema(api().get("/indicadores/{id}", id).then(), 404, "no-encontrado", "/indicadores/" + id);
        assertThat(Almacen.filas(dataSource, "select count(*) from indicador_version where indicador_id = '" + id + "'"))
                .isZero();
        JsonNode ultimo = JSON.readTree(Topicos.registros(bootstrapServers, indicadores, id.toString(), 2).get(1).value());
        assertThat(ultimo.get("version").asInt()).isEqualTo(2);
        assertThat(ultimo.get("estado").asText()).isEqualTo("RETIRADO");
        esProblema(api().delete("/indicadores/{id}", id).then(), 404, "no-encontrado", "/indicadores/" + id);
    }

    private static UUID nuevoIndicador() {
        String clave = claveNueva("RET");
        crearPrograma(clave);
        return crearIndicador(ficha("PROPOSITO-1", agregarObjetivo(clave, objetivo("PROPOSITO"))));
    }

    private static UUID objetivoDe(UUID id) {
        return UUID.fromString(api().get("/indicadores/{id}", id).then().extract().path("objetivoId"));
    }

    private KafkaProducer<String, String> productor() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
