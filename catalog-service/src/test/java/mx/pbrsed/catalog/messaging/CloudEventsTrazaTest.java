package mx.pbrsed.catalog.messaging;

import static mx.pbrsed.catalog.CatalogoApi.agregarObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static mx.pbrsed.catalog.CatalogoApi.programa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import mx.pbrsed.catalog.Topicos;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The catalog's records are binary-mode CloudEvents in the trace of the REST call that made them,
 * and the capturas consumer reads capture's records, which are CloudEvents too.
 */
@QuarkusTest
class CloudEventsTrazaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ESQUEMAS = "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/";

    @ConfigProperty(name = "pbr.topics.indicadores")
    String indicadores;
    @ConfigProperty(name = "pbr.topics.programas")
    String programas;
    @ConfigProperty(name = "pbr.topics.capturas")
    String capturas;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    DataSource dataSource;

    @Test
    void programaEIndicadorSalenComoCloudEventsEnLaTrazaDeSuPeticion() throws Exception {
        String clave = claveNueva("CE");
        String traza = idAleatorio(32);
        String traceparent = "00-" + traza + "-" + idAleatorio(16) + "-01";
        String programaId = api().header("traceparent", traceparent).body(programa(clave).toString())
                .post("/programas").then().statusCode(201).extract().path("id");
        UUID proposito = agregarObjetivo(clave, objetivo("PROPOSITO"));
        String indicadorId = api().header("traceparent", traceparent).body(ficha("PROPOSITO-1", proposito).toString())
                .post("/indicadores").then().statusCode(201).extract().path("id");

        assertCloudEvent(Topicos.registros(bootstrapServers, programas, programaId, 1).get(0),
                "mx.pbrsed.programa.publicado.v1", "ProgramaPublicadoEvent", traza);
        assertCloudEvent(Topicos.registros(bootstrapServers, indicadores, indicadorId, 1).get(0),
                "mx.pbrsed.indicador.publicado.v1", "IndicadorPublicadoEvent", traza);
    }

    @Test
    void laCapturaQueLlegaComoCloudEventSeAplica() throws Exception {
        UUID indicadorId = UUID.randomUUID();
        String evento = """
                {"schemaVersion": 1, "eventId": "%s", "occurredAt": "2024-01-10T10:00:00-06:00",
                 "capturaId": "%s", "indicadorId": "%s", "definicionVersion": 1, "ejercicio": 2023,
                 "trimestre": 4, "version": 1, "revision": 0, "estado": "ENVIADA",
                 "valoresPorMes": [{"mes": 12, "valores": {"V1": 9, "V2": 9}}], "preliminar": false,
                 "tardia": false, "justificacionVariacion": null, "capturadoPor": "OORE690714H58",
                 "capturadoEn": "2024-01-10T10:00:00-06:00"}""".formatted(UUID.randomUUID(), UUID.randomUUID(), indicadorId);
        publicarComoCapture(indicadorId.toString(), evento);

        await().atMost(Duration.ofSeconds(20)).until(() -> Almacen.filas(dataSource,
                "select count(*) from indicador_con_captura where indicador_id = '" + indicadorId + "'") == 1);
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> registro, String tipo, String esquema,
                                         String traza) throws Exception {
        JsonNode evento = JSON.readTree(registro.value());
        assertThat(cabecera(registro, "ce_specversion")).isEqualTo("1.0");
        assertThat(cabecera(registro, "ce_id")).isEqualTo(evento.get("eventId").asText());
        assertThat(cabecera(registro, "ce_source")).isEqualTo("/pbrsed/catalog-service");
        assertThat(cabecera(registro, "ce_type")).isEqualTo(tipo);
        assertThat(cabecera(registro, "ce_subject")).isEqualTo(registro.key());
        assertThat(cabecera(registro, "ce_time")).isNotBlank();
        assertThat(cabecera(registro, "ce_dataschema")).isEqualTo(ESQUEMAS + esquema);
        assertThat(cabecera(registro, "content-type")).isEqualTo("application/json");
        assertThat(cabecera(registro, "traceparent").split("-")[1]).as("trace id").isEqualTo(traza);
    }

    private static String cabecera(ConsumerRecord<String, String> registro, String nombre) {
        Header cabecera = registro.headers().lastHeader(nombre);
        assertThat(cabecera).as("cabecera %s", nombre).isNotNull();
        return new String(cabecera.value(), StandardCharsets.UTF_8);
    }

    private void publicarComoCapture(String clave, String evento) throws Exception {
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        JsonNode campos = JSON.readTree(evento);
        try (var productor = new KafkaProducer<String, String>(config)) {
            var registro = new ProducerRecord<>(capturas, clave, evento);
            Map.of("ce_specversion", "1.0",
                    "ce_id", campos.get("eventId").asText(),
                    "ce_source", "/pbrsed/capture-service",
                    "ce_type", "mx.pbrsed.captura.registrada.v1",
                    "ce_subject", clave,
                    "ce_time", campos.get("occurredAt").asText(),
                    "ce_dataschema", ESQUEMAS + "CapturaRegistradaEvent",
                    "ce_datacontenttype", "application/json",
                    "content-type", "application/json",
                    "traceparent", "00-" + idAleatorio(32) + "-" + idAleatorio(16) + "-01")
                    .forEach((nombre, valor) -> registro.headers().add(nombre, valor.getBytes(StandardCharsets.UTF_8)));
            productor.send(registro).get(10, TimeUnit.SECONDS);
        }
    }

    private static String idAleatorio(int digitos) {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, digitos);
    }
}
