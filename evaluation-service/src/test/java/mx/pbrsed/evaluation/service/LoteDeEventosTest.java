package mx.pbrsed.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.context.Context;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.messaging.EventoConsumer;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import org.junit.jupiter.api.Test;

/**
 * A batch of records (one poll) applies in one transaction, each event as if it came alone: in
 * order, once, and a record that fails is rejected alone while the rest of its batch applies.
 */
@QuarkusTest
class LoteDeEventosTest {
    @Inject
    EventosPrueba eventos;
    @Inject
    EventoConsumer consumidor;
    @Inject
    ObjectMapper json;
    @Inject
    DataSource baseDeDatos;

    @Test
    void unEventoQueFallaSeRechazaSoloYElRestoDelLoteSeAplica() {
        UUID buena = definido();
        UUID mala = definido();
        UUID otra = definido();
        // Values of month 5 in a captura of quarter 4: the engine refuses it when computing.
        ObjectNode fueraDeTrimestre = eventos.capturaAnual(mala, 1, Map.of("V1", 100));
        ((ObjectNode) fueraDeTrimestre.withArray("valoresPorMes").get(0)).put("mes", 5);

        List<Exception> rechazos = consumidor.aplicarCapturas(recibidos(
                texto(eventos.capturaAnual(buena, 1, Map.of("V1", 32822))),
                "esto no es JSON",
                texto(fueraDeTrimestre),
                texto(eventos.capturaAnual(otra, 1, Map.of("V1", 45649)))));

        assertThat(rechazos.get(0)).isNull();
        assertThat(rechazos.get(1)).isInstanceOf(JsonProcessingException.class);
        assertThat(rechazos.get(2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mes 5");
        assertThat(rechazos.get(3)).isNull();
        assertThat(ResultadosApi.consultar(buena).orElseThrow().trimestre(4).logro()).isEqualByComparingTo("32822");
        assertThat(ResultadosApi.consultar(otra).orElseThrow().trimestre(4).semaforo()).isEqualTo(Color.VERDE);
        // The rejected captura left nothing behind, not even its processed-event row.
        assertThat(contar("select count(*) from captura where indicador_id = ?", mala)).isZero();
        assertThat(contar("select count(*) from evento_procesado where event_id = ?",
                UUID.fromString(fueraDeTrimestre.get("eventId").asText()))).isZero();
    }

    @Test
    void dentroDeUnLoteCadaEventoSeAplicaEnOrdenYUnaSolaVez() {
        UUID id = definido();
        ObjectNode preliminar = eventos.capturaAnual(id, 1, Map.of("V1", 32822));
        ObjectNode definitiva = eventos.capturaAnual(id, 2, Map.of("V1", 45649));
        definitiva.put("capturaId", preliminar.get("capturaId").asText());
        ObjectNode validada = definitiva.deepCopy();
        validada.put("eventId", UUID.randomUUID().toString());
        validada.put("revision", 1);
        validada.put("estado", "VALIDADA");

        List<Exception> rechazos = consumidor.aplicarCapturas(recibidos(texto(preliminar), texto(definitiva),
                texto(preliminar), texto(validada), texto(definitiva)));

        assertThat(rechazos).containsOnlyNulls();
        ResultadoPeriodo q4 = ResultadosApi.consultar(id).orElseThrow().trimestre(4);
        assertThat(q4.capturaVersion()).isEqualTo(2);
        assertThat(q4.capturaEstado()).isEqualTo("VALIDADA");
        assertThat(q4.semaforo()).isEqualTo(Color.VERDE);
        // Q4 as defined (SIN_CAPTURA), then AMARILLO with v1, VERDE with v2, VALIDADA: one row each, in order.
        assertThat(contar("select count(*) from resultado_historial where indicador_id = ? and trimestre = 4", id))
                .isEqualTo(4);
        assertThat(ultimaFilaDelHistorialQ4(id)).isEqualTo("VALIDADA");
        // The four periods as defined, then two changes of figures: the VALIDADA revision changes none.
        assertThat(contar("select count(*) from outbox where clave = ?", id.toString())).isEqualTo(6);
        // The repeated definitiva and preliminar were applied once each, and not later either.
        assertThat(consumidor.aplicarCapturas(recibidos(texto(preliminar)))).containsOnlyNulls();
        assertThat(ResultadosApi.consultar(id).orElseThrow().trimestre(4).capturaVersion()).isEqualTo(2);
    }

    /** A fresh indicator, known to the service through the indicadores topic. */
    private UUID definido() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ResultadosApi.esperar(id, consulta -> true);
        return id;
    }

    private static List<Recibido<String>> recibidos(String... payloads) {
        return Arrays.stream(payloads).map(payload -> new Recibido<>(payload, Context.root())).toList();
    }

    private String texto(ObjectNode evento) {
        try {
            return json.writeValueAsString(evento);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String ultimaFilaDelHistorialQ4(UUID id) {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement consulta = conexion.prepareStatement(
                     "select captura_estado from resultado_historial where indicador_id = ? and trimestre = 4 order by id desc limit 1")) {
            consulta.setObject(1, id);
            try (ResultSet fila = consulta.executeQuery()) {
                fila.next();
                return fila.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long contar(String sql, Object parametro) {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement consulta = conexion.prepareStatement(sql)) {
            consulta.setObject(1, parametro);
            try (ResultSet fila = consulta.executeQuery()) {
                fila.next();
                return fila.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
