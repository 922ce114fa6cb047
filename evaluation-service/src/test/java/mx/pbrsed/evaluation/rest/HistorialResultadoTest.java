package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every change of a result is kept, and ?conocidoEn= answers what was known at that instant. */
@QuarkusTest
class HistorialResultadoTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    EventosPrueba eventos;
    @Inject
    DataSource baseDeDatos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void losResultadosComoSeConocianEnCadaInstante() throws Exception {
        UUID id = UUID.randomUUID();
        OffsetDateTime antes = OffsetDateTime.now();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        ResultadosApi.esperar(id, consulta -> true);
        OffsetDateTime sinCaptura = OffsetDateTime.now();

        ObjectNode preliminar = eventos.capturaAnual(id, 1, Map.of("V1", 32822));
        eventos.registrarCaptura(preliminar);
        ResultadosApi.esperarQ4Calculado(id);
        OffsetDateTime amarillo = OffsetDateTime.now();

        ObjectNode definitiva = eventos.capturaAnual(id, 2, Map.of("V1", 45649));
        definitiva.put("capturaId", preliminar.get("capturaId").asText());
        eventos.registrarCaptura(definitiva);
        ResultadosApi.esperar(id, c -> c.trimestre(4).semaforo() == Color.VERDE);
        // A redelivery changes nothing, so it adds no history.
        eventos.esperarCapturasAplicadas(eventos.registrarCaptura(definitiva).partition());

        assertThat(conocidosEn(id, antes).resultados()).isEmpty();
        ResultadoPeriodo q4 = q4(conocidosEn(id, sinCaptura));
        assertThat(q4.estado()).isEqualTo(EstadoResultado.SIN_CAPTURA);
        assertThat(q4.capturaVersion()).isNull();
        q4 = q4(conocidosEn(id, amarillo));
        assertThat(q4.avancePorcentaje()).isEqualTo(new BigDecimal("71.90"));
        assertThat(q4.semaforo()).isEqualTo(Color.AMARILLO);
        assertThat(q4.capturaVersion()).isEqualTo(1);
        assertThat(q4.calculadoEn()).isBefore(amarillo);
        ResultadosIndicador ahora = conocidosEn(id, OffsetDateTime.now());
        assertThat(q4(ahora).semaforo()).isEqualTo(Color.VERDE);
        assertThat(ahora.resultados()).usingRecursiveComparison()
                .isEqualTo(ResultadosApi.consultar(id).orElseThrow().resultados().resultados());
        assertThat(conocidosEn(id, amarillo).resultados()).extracting(ResultadoPeriodo::estado)
                .containsExactly(EstadoResultado.NO_PROGRAMADO, EstadoResultado.NO_PROGRAMADO,
                        EstadoResultado.NO_PROGRAMADO, EstadoResultado.CALCULADO);

        // Four periods created, then Q4 changed twice; Q1..Q3 never changed.
        assertThat(cambiosRegistrados(id)).isEqualTo(6);
    }

    @Test
    void unInstanteIlegibleDa400ConElCampo() {
        comoConsulta().accept("application/json").queryParam("conocidoEn", "ayer")
                .when().get("/indicadores/{id}/resultados", UUID.randomUUID())
                .then().spec(problema(400, "validacion"))
                .body("errores[0].campo", equalTo("conocidoEn"));
    }

    private static ResultadosIndicador conocidosEn(UUID id, OffsetDateTime instante) throws Exception {
        String cuerpo = comoConsulta().accept("application/json").queryParam("conocidoEn", instante.toString())
                .when().get("/indicadores/{id}/resultados", id)
                .then().statusCode(200).extract().asString();
        return JSON.readValue(cuerpo, ResultadosIndicador.class);
    }

    private static ResultadoPeriodo q4(ResultadosIndicador resultados) {
        return resultados.resultados().stream().filter(r -> r.trimestre() == 4).findFirst().orElseThrow();
    }

    private long cambiosRegistrados(UUID id) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection();
             PreparedStatement consulta = conexion.prepareStatement(
                     "select count(*) from resultado_historial where indicador_id = ?")) {
            consulta.setObject(1, id);
            try (ResultSet fila = consulta.executeQuery()) {
                fila.next();
                return fila.getLong(1);
            }
        }
    }
}
