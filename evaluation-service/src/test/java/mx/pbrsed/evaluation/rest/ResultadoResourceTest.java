package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import mx.pbrsed.evaluation.service.ResultadosApi.Consulta;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPEC's golden cases, from the catalog's and capture's events on Kafka to the REST answer. */
@QuarkusTest
class ResultadoResourceTest {
    @Inject
    EventosPrueba eventos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void matriculaConsularDaAvance7190Amarillo() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 32822)));

        Consulta consulta = ResultadosApi.esperarQ4Calculado(id);

        // As printed: two decimals, HALF_UP (71.9014... -> 71.90).
        assertThat(consulta.cuerpo()).contains("\"avancePorcentaje\":71.90");
        assertThat(consulta.resultados().indicadorId()).isEqualTo(id);
        assertThat(consulta.resultados().nivel()).isEqualTo("FIN");
        assertThat(consulta.resultados().ejercicio()).isEqualTo(EventosPrueba.EJERCICIO);
        assertThat(consulta.resultados().programaClave()).isEqualTo("E011");
        assertThat(consulta.resultados().definicionVersion()).isEqualTo(1);
        assertThat(consulta.resultados().resultados()).extracting(ResultadoPeriodo::trimestre)
                .containsExactly(1, 2, 3, 4);

        ResultadoPeriodo q4 = consulta.trimestre(4);
        assertThat(q4.estado()).isEqualTo(EstadoResultado.CALCULADO);
        assertThat(q4.logro()).isEqualByComparingTo("32822");
        assertThat(q4.metaProgramada()).isEqualByComparingTo("45649");
        assertThat(q4.avancePorcentaje()).isEqualTo(new BigDecimal("71.90"));
        assertThat(q4.semaforo()).isEqualTo(Color.AMARILLO);
        assertThat(q4.trazaAvance()).isEqualTo("32822 / 45649 * 100 = 71.90");
        assertThat(q4.definicionVersion()).isEqualTo(1);
        assertThat(q4.capturaVersion()).isEqualTo(1);
        assertThat(q4.capturaEstado()).isEqualTo("ENVIADA");
        assertThat(q4.calculadoEn()).isNotNull();

        // ANUAL: no measurement is due before Q4, so Q1..Q3 are "no programado", never red.
        for (int trimestre = 1; trimestre <= 3; trimestre++) {
            ResultadoPeriodo anterior = consulta.trimestre(trimestre);
            assertThat(anterior.estado()).as("Q%d", trimestre).isEqualTo(EstadoResultado.NO_PROGRAMADO);
            assertThat(anterior.semaforo()).as("Q%d", trimestre).isNull();
            assertThat(anterior.avancePorcentaje()).as("Q%d", trimestre).isNull();
            assertThat(anterior.faltaJustificacion()).as("Q%d", trimestre).isFalse();
        }
    }

    @Test
    void programasAFavorDeMigrantesDaLogro100Verde() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.programasMigrantes(id, 1));
        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 9, "V2", 9)));

        Consulta consulta = ResultadosApi.esperarQ4Calculado(id);

        assertThat(consulta.cuerpo()).contains("\"avancePorcentaje\":100.00");
        ResultadoPeriodo q4 = consulta.trimestre(4);
        assertThat(q4.logro()).isEqualByComparingTo("100");
        assertThat(q4.trazaLogro()).isEqualTo("(9 / 9) * 100 = 100");
        assertThat(q4.metaProgramada()).isEqualByComparingTo("100");
        assertThat(q4.trazaMeta()).isEqualTo("(9 / 9) * 100 = 100");
        assertThat(q4.avancePorcentaje()).isEqualTo(new BigDecimal("100.00"));
        assertThat(q4.semaforo()).isEqualTo(Color.VERDE);
        // VERDE needs no justificación de la variación.
        assertThat(q4.faltaJustificacion()).isFalse();
        assertThat(consulta.resultados().nivel()).isEqualTo("PROPOSITO");
    }

    @Test
    void indicadorDesconocidoDa404ProblemDetails() {
        UUID id = UUID.randomUUID();
        comoConsulta().accept("application/json")
                .when().get("/indicadores/{id}/resultados", id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/no-encontrado"))
                .body("title", equalTo("No encontrado"))
                .body("status", equalTo(404))
                .body("detail", containsString(id.toString()))
                .body("instance", equalTo("/indicadores/" + id + "/resultados"))
                .body("$", not(hasKey("errores")));
    }

    @Test
    void unIdMalFormadoDa400ProblemDetails() {
        comoConsulta().get("/indicadores/{id}/resultados", "no-es-un-uuid").then().spec(problema(400, "validacion"));
    }
}
