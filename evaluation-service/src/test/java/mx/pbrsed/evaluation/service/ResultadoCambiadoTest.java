package mx.pbrsed.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A changed result is announced on "evaluaciones" through the outbox; an unchanged one is not. */
@QuarkusTest
class ResultadoCambiadoTest {
    @Inject
    EventosPrueba eventos;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource baseDeDatos;
    @ConfigProperty(name = "pbr.topics.evaluaciones")
    String topicEvaluaciones;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void cadaCambioDeCifrasSePublicaConElColorAnterior() throws Exception {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ResultadosApi.esperar(id, consulta -> true);
        ObjectNode preliminar = eventos.capturaAnual(id, 1, Map.of("V1", 32822));
        eventos.registrarCaptura(preliminar);
        ResultadosApi.esperarQ4Calculado(id);
        ObjectNode definitiva = eventos.capturaAnual(id, 2, Map.of("V1", 45649));
        definitiva.put("capturaId", preliminar.get("capturaId").asText());
        eventos.registrarCaptura(definitiva);
        ResultadosApi.esperar(id, c -> c.trimestre(4).capturaVersion() == 2);
        // Only the captura's workflow state changes: the figures do not, so nothing is announced.
        ObjectNode validada = definitiva.deepCopy();
        validada.put("eventId", UUID.randomUUID().toString());
        validada.put("revision", 1);
        validada.put("estado", "VALIDADA");
        eventos.registrarCaptura(validada);
        ResultadosApi.esperar(id, c -> "VALIDADA".equals(c.trimestre(4).capturaEstado()));
        eventos.esperarCapturasAplicadas(eventos.registrarCaptura(definitiva).partition());

        // The four periods appear, then Q4 is computed, then corrected.
        assertThat(encolados(id)).isEqualTo(6);
        List<String> payloads = TopicoPrueba.esperar(bootstrap, topicEvaluaciones, 6,
                registro -> id.toString().equals(registro.key())).stream().map(r -> r.value()).toList();
        List<JsonNode> publicados = payloads.stream().map(this::leer).toList();
        assertThat(publicados).extracting(e -> e.get("trimestre").asInt(), e -> e.get("estado").asText(),
                        e -> e.get("semaforo").asText(null), e -> e.get("semaforoAnterior").asText(null),
                        e -> e.get("cambioDeColor").asBoolean())
                .containsExactlyInAnyOrder(
                        tuple(1, "NO_PROGRAMADO", null, null, false),
                        tuple(2, "NO_PROGRAMADO", null, null, false),
                        tuple(3, "NO_PROGRAMADO", null, null, false),
                        tuple(4, "SIN_CAPTURA", null, null, false),
                        tuple(4, "CALCULADO", "AMARILLO", null, true),
                        tuple(4, "CALCULADO", "VERDE", "AMARILLO", true));
        JsonNode verde = publicados.get(5);
        assertThat(verde.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(verde.get("eventId").asText()).isNotBlank();
        assertThat(verde.get("occurredAt").asText()).isNotBlank();
        assertThat(verde.get("indicadorId").asText()).isEqualTo(id.toString());
        assertThat(verde.get("ejercicio").asInt()).isEqualTo(EventosPrueba.EJERCICIO);
        assertThat(verde.get("logro").decimalValue()).isEqualByComparingTo("45649");
        assertThat(verde.get("metaProgramada").decimalValue()).isEqualByComparingTo("45649");
        // Decimals as printed: two places of avance.
        assertThat(payloads.get(5)).contains("\"avancePorcentaje\":100.00");
        assertThat(verde.get("definicionVersion").asInt()).isEqualTo(1);
        assertThat(verde.get("capturaVersion").asInt()).isEqualTo(2);
    }

    private JsonNode leer(String payload) {
        try {
            return json.readTree(payload);
        } catch (Exception e) {
            throw new AssertionError(payload, e);
        }
    }

    private long encolados(UUID id) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement consulta = conexion.prepareStatement("select count(*) from outbox where clave = ?")) {
            consulta.setString(1, id.toString());
            try (ResultSet fila = consulta.executeQuery()) {
                fila.next();
                return fila.getLong(1);
            }
        }
    }
}
