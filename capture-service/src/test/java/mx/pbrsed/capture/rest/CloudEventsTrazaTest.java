package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.json;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What a consumer reads besides the payload: every record is a binary-mode CloudEvent (ce_*
 * headers) and carries the W3C trace of the REST call that accepted the captura, relayed from the
 * outbox by the running service to the real broker.
 */
@QuarkusTest
class CloudEventsTrazaTest {
    private static final String ESQUEMAS = "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.capturas")
    String topicCapturas;
    @ConfigProperty(name = "pbr.topics.capturas-tardias")
    String topicTardias;

    @Test
    void laCapturaSalePorKafkaComoCloudEventEnLaTrazaDeLaPeticion() throws Exception {
        var indicador = Definicion.anual2023();
        // The definition arrives as the catalog now sends it: a CloudEvent in another trace.
        publicarComoCatalogo(indicador, "00-" + idAleatorio(32) + "-" + idAleatorio(16) + "-01");
        esperarReplica(indicador);
        String clave = indicador.id().toString();
        // The caller's trace: the REST span continues it, so its trace id is the request's.
        String traza = idAleatorio(32);
        String llamador = idAleatorio(16);

        JsonNode captura = json(registrar(Tokens.capturista().header("traceparent", "00-" + traza + "-" + llamador + "-01"),
                cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9))).then().statusCode(201).extract().asString());

        List<ConsumerRecord<String, String>> capturas = Eventos.conClave(bootstrap, topicCapturas, clave, 1);
        assertThat(capturas).hasSize(1);
        assertCloudEvent(capturas.get(0), "mx.pbrsed.captura.registrada.v1", "CapturaRegistradaEvent", traza, llamador);
        assertThat(json(capturas.get(0).value()).get("capturaId").asText()).isEqualTo(captura.get("id").asText());
        // 2023's windows have closed: the same transaction announced it as late, in the same trace.
        List<ConsumerRecord<String, String>> tardias = Eventos.conClave(bootstrap, topicTardias, clave, 1);
        assertThat(tardias).hasSize(1);
        assertCloudEvent(tardias.get(0), "mx.pbrsed.captura.tardia.v1", "CapturaTardiaEvent", traza, llamador);
    }

    private static void assertCloudEvent(ConsumerRecord<String, String> registro, String tipo, String esquema,
                                         String traza, String llamador) {
        JsonNode evento = json(registro.value());
        assertThat(cabecera(registro, "ce_specversion")).isEqualTo("1.0");
        assertThat(cabecera(registro, "ce_id")).isEqualTo(evento.get("eventId").asText());
        assertThat(cabecera(registro, "ce_source")).isEqualTo("/pbrsed/capture-service");
        assertThat(cabecera(registro, "ce_type")).isEqualTo(tipo);
        assertThat(cabecera(registro, "ce_subject")).isEqualTo(registro.key());
        // PostgreSQL keeps the outbox's time to the microsecond
        assertThat(OffsetDateTime.parse(cabecera(registro, "ce_time")).toInstant())
                .isCloseTo(OffsetDateTime.parse(evento.get("occurredAt").asText()).toInstant(), within(1, ChronoUnit.MICROS));
        assertThat(cabecera(registro, "ce_dataschema")).isEqualTo(ESQUEMAS + esquema);
        assertThat(cabecera(registro, "content-type")).isEqualTo("application/json");
        // version-traceid-spanid-flags: same trace, sampled, and a span of the service's own (the producer's)
        String[] traceparent = cabecera(registro, "traceparent").split("-");
        assertThat(traceparent).hasSize(4);
        assertThat(traceparent[1]).isEqualTo(traza);
        assertThat(traceparent[2]).isNotEqualTo(llamador);
        assertThat(traceparent[3]).isEqualTo("01");
    }

    private static String cabecera(ConsumerRecord<String, String> registro, String nombre) {
        Header cabecera = registro.headers().lastHeader(nombre);
        assertThat(cabecera).as("cabecera %s", nombre).isNotNull();
        return new String(cabecera.value(), StandardCharsets.UTF_8);
    }

    private void publicarComoCatalogo(Definicion definicion, String traceparent) throws Exception {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        String texto = definicion.json();
        JsonNode evento = json(texto);
        try (var productor = new KafkaProducer<String, String>(props)) {
            var registro = new ProducerRecord<>(topicIndicadores, definicion.id().toString(), texto);
            Map.of("ce_specversion", "1.0",
                    "ce_id", evento.get("eventId").asText(),
                    "ce_source", "/pbrsed/catalog-service",
                    "ce_type", "mx.pbrsed.indicador.publicado.v1",
                    "ce_subject", definicion.id().toString(),
                    "ce_time", evento.get("occurredAt").asText(),
                    "ce_dataschema", ESQUEMAS + "IndicadorPublicadoEvent",
                    "ce_datacontenttype", "application/json",
                    "content-type", "application/json",
                    "traceparent", traceparent)
                    .forEach((nombre, valor) -> registro.headers().add(nombre, valor.getBytes(StandardCharsets.UTF_8)));
            productor.send(registro).get(10, TimeUnit.SECONDS);
        }
    }

    private static String idAleatorio(int digitos) {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, digitos);
    }
}
