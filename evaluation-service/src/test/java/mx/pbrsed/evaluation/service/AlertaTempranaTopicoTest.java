package mx.pbrsed.evaluation.service;

import static mx.pbrsed.evaluation.Peticiones.comoAdmin;
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
import mx.pbrsed.evaluation.domain.Color;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A change of a projected colour is announced on alertas-tempranas through the outbox, once per
 * change: not for a redelivery, a workflow revision, a rebuild from the replicas or from the topics.
 */
@QuarkusTest
class AlertaTempranaTopicoTest {
    @Inject
    EventosPrueba eventos;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource baseDeDatos;
    @ConfigProperty(name = "pbr.topics.alertas-tempranas")
    String topicAlertas;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void cadaCambioDelColorProyectadoSeAnunciaUnaVezYNiUnaRepeticionNiUnaReconstruccionLoRepiten() throws Exception {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.padronMigrantes(id, 1, 600, 1000));
        ResultadosApi.esperar(id, consulta -> true);
        // v1: 580 of 1000 projected, ROJO
        ObjectNode primera = eventos.captura(id, 2, 1, Map.of("V1", 580));
        eventos.registrarCaptura(primera);
        ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion() != null);
        // v2: 990, VERDE
        ObjectNode segunda = eventos.captura(id, 2, 2, Map.of("V1", 990));
        segunda.put("capturaId", primera.get("capturaId").asText());
        eventos.registrarCaptura(segunda);
        ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion().semaforoProyectado() == Color.VERDE);
        // a workflow revision (same values) and a redelivery: no change of colour
        ObjectNode validada = segunda.deepCopy();
        validada.put("eventId", UUID.randomUUID().toString());
        validada.put("revision", 1);
        validada.put("estado", "VALIDADA");
        eventos.registrarCaptura(validada);
        ResultadosApi.esperar(id, c -> "VALIDADA".equals(c.trimestre(2).capturaEstado()));
        eventos.esperarCapturasAplicadas(eventos.registrarCaptura(segunda).partition());
        // definition v2 raises the meta anual: 990 of 1200, AMARILLO
        eventos.publicarIndicador(eventos.padronMigrantes(id, 2, 600, 1200));
        ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion().semaforoProyectado() == Color.AMARILLO);

        assertThat(alertasEncoladas(id)).isEqualTo(3);
        List<ConsumerRecord<String, String>> registros = TopicoPrueba.esperar(bootstrap, topicAlertas, 3,
                registro -> id.toString().equals(registro.key()));
        List<JsonNode> alertas = registros.stream().map(r -> leer(r.value())).toList();
        assertThat(alertas).extracting(a -> a.get("trimestre").asInt(), a -> a.get("semaforoProyectado").asText(),
                        a -> a.get("semaforoAnterior").asText(null), a -> a.get("enRiesgo").asBoolean())
                .containsExactly(
                        tuple(2, "ROJO", null, true),
                        tuple(2, "VERDE", "ROJO", false),
                        tuple(2, "AMARILLO", "VERDE", true));
        JsonNode amarilla = alertas.get(2);
        assertThat(amarilla.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(amarilla.get("indicadorId").asText()).isEqualTo(id.toString());
        assertThat(amarilla.get("ejercicio").asInt()).isEqualTo(EventosPrueba.EJERCICIO);
        assertThat(amarilla.get("programaClave").asText()).isEqualTo("E011");
        assertThat(amarilla.get("logroProyectado").decimalValue()).isEqualByComparingTo("990");
        assertThat(amarilla.get("metaAnual").decimalValue()).isEqualByComparingTo("1200");
        // decimals as printed: two places of avance
        assertThat(registros.get(2).value()).contains("\"avanceProyectadoPorcentaje\":82.50");
        assertThat(amarilla.get("traza").asText()).endsWith("990 / 1200 * 100 = 82.50");
        assertThat(amarilla.get("definicionVersion").asInt()).isEqualTo(2);
        assertThat(amarilla.get("capturaVersion").asInt()).isEqualTo(2);
        ConsumerRecord<String, String> ultimo = registros.get(2);
        assertThat(TopicoPrueba.cabecera(ultimo, "ce_type")).isEqualTo("mx.pbrsed.alerta.temprana.v1");
        assertThat(TopicoPrueba.cabecera(ultimo, "ce_subject")).isEqualTo(id.toString());
        assertThat(TopicoPrueba.cabecera(ultimo, "ce_id")).isEqualTo(amarilla.get("eventId").asText());

        // Both rebuilds walk through v1, v2 and the revision again: nothing is announced again.
        reconstruir("REPLICAS");
        reconstruir("TOPICS");
        ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion() != null
                && c.trimestre(2).proyeccion().semaforoProyectado() == Color.AMARILLO);
        assertThat(alertasEncoladas(id)).isEqualTo(3);
    }

    private static void reconstruir(String origen) {
        comoAdmin().queryParam("origen", origen).when().post("/admin/reconstruccion").then().statusCode(200);
    }

    private JsonNode leer(String payload) {
        try {
            return json.readTree(payload);
        } catch (Exception e) {
            throw new AssertionError(payload, e);
        }
    }

    private long alertasEncoladas(UUID id) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement consulta = conexion.prepareStatement(
                     "select count(*) from outbox where clave = ? and topic = ?")) {
            consulta.setString(1, id.toString());
            consulta.setString(2, topicAlertas);
            try (ResultSet fila = consulta.executeQuery()) {
                fila.next();
                return fila.getLong(1);
            }
        }
    }
}
