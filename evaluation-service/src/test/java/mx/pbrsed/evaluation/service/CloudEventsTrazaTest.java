package mx.pbrsed.evaluation.service;

import static mx.pbrsed.evaluation.service.TopicoPrueba.cabecera;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A captura that arrives as capture sends it (a binary CloudEvent carrying the trace of the REST
 * call that accepted it) is evaluated, and the changed result it causes goes out on "evaluaciones"
 * as a CloudEvent in that same trace.
 */
@QuarkusTest
class CloudEventsTrazaTest {
    private static final String ESQUEMAS = "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/";

    @Inject
    EventosPrueba eventos;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "pbr.topics.evaluaciones")
    String topicEvaluaciones;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void elResultadoDeUnaCapturaContinuaSuTraza() throws Exception {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ResultadosApi.esperar(id, consulta -> true);
        String traza = idAleatorio(32);
        String spanDeCapture = idAleatorio(16);

        publicarComoCapture(eventos.capturaAnual(id, 1, Map.of("V1", 45649)), "00-" + traza + "-" + spanDeCapture + "-01");

        ConsumerRecord<String, String> calculado = TopicoPrueba.esperar(bootstrap, topicEvaluaciones, 1,
                registro -> id.toString().equals(registro.key()) && registro.value().contains("\"CALCULADO\"")).get(0);
        JsonNode evento = json.readTree(calculado.value());
        assertThat(cabecera(calculado, "ce_specversion")).isEqualTo("1.0");
        assertThat(cabecera(calculado, "ce_id")).isEqualTo(evento.get("eventId").asText());
        assertThat(cabecera(calculado, "ce_source")).isEqualTo("/pbrsed/evaluation-service");
        assertThat(cabecera(calculado, "ce_type")).isEqualTo("mx.pbrsed.resultado.cambiado.v1");
        assertThat(cabecera(calculado, "ce_subject")).isEqualTo(id.toString());
        assertThat(cabecera(calculado, "ce_time")).isNotBlank();
        assertThat(cabecera(calculado, "ce_dataschema")).isEqualTo(ESQUEMAS + "ResultadoCambiadoEvent");
        assertThat(cabecera(calculado, "content-type")).isEqualTo("application/json");
        String[] traceparent = cabecera(calculado, "traceparent").split("-");
        assertThat(traceparent[1]).as("trace id").isEqualTo(traza);
        assertThat(traceparent[2]).as("span of evaluation's own").isNotEqualTo(spanDeCapture);

        // The results the definition alone produced belong to the definition's record, not to this trace.
        List<ConsumerRecord<String, String>> previos = TopicoPrueba.esperar(bootstrap, topicEvaluaciones, 4,
                registro -> id.toString().equals(registro.key()) && !registro.value().contains("\"CALCULADO\""));
        assertThat(previos).extracting(r -> cabecera(r, "traceparent").split("-")[1]).doesNotContain(traza);
    }

    private void publicarComoCapture(ObjectNode captura, String traceparent) throws Exception {
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        String clave = captura.get("indicadorId").asText();
        try (var productor = new KafkaProducer<String, String>(config)) {
            var registro = new ProducerRecord<>(eventos.topicCapturas(), clave, json.writeValueAsString(captura));
            Map.of("ce_specversion", "1.0",
                    "ce_id", captura.get("eventId").asText(),
                    "ce_source", "/pbrsed/capture-service",
                    "ce_type", "mx.pbrsed.captura.registrada.v1",
                    "ce_subject", clave,
                    "ce_time", captura.get("occurredAt").asText(),
                    "ce_dataschema", ESQUEMAS + "CapturaRegistradaEvent",
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
