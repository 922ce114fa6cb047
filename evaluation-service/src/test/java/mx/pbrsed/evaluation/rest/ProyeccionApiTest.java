package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.rest.model.PaginaEnRiesgo;
import mx.pbrsed.evaluation.rest.model.ProyeccionCierre;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The year-end projection over the API: beside each result, in the history (as known then),
 * recomputed by a captura and by a definition, listed by the read of the indicators at risk and
 * counted by the summaries. Each test works under a program, ramo and UR of its own.
 */
@QuarkusTest
class ProyeccionApiTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    EventosPrueba eventos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void laProyeccionAcompanaAlResultadoQuedaEnElHistorialYSeRecalculaConCadaCapturaYDefinicion() throws Exception {
        String programa = clave("P");
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.padronMigrantes(id, 1, 600, 1000), programa));
        ResultadosApi.esperar(id, consulta -> true);
        OffsetDateTime sinCaptura = OffsetDateTime.now();

        eventos.registrarCaptura(eventos.captura(id, 2, 1, Map.of("V1", 580)));
        ProyeccionCierre rojo = ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion() != null)
                .trimestre(2).proyeccion();
        OffsetDateTime enRojo = OffsetDateTime.now();

        // VERDE at Q2 (580 of 600), but the level reached carried to December is 58 % of 1000.
        assertThat(rojo).isEqualTo(new ProyeccionCierre(new BigDecimal("580"), new BigDecimal("1000"),
                new BigDecimal("58.00"), Color.ROJO, true,
                "V1: 580 (ACTUALIZABLE); 580 = 580; meta anual 1000 = 1000; 580 / 1000 * 100 = 58.00"));
        var q2 = ResultadosApi.consultar(id).orElseThrow();
        assertThat(q2.trimestre(2).semaforo()).isEqualTo(Color.VERDE);
        assertThat(q2.trimestre(4).proyeccion()).as("Q4 is the year end itself").isNull();
        assertThat(q2.cuerpo()).contains("\"avanceProyectadoPorcentaje\":58.00");
        // the printed report of Q2 shows it beside the indicator, as the API gives it
        String reporte = comoConsulta().get("/programas/2023/{clave}/reporte?trimestre=2", programa)
                .then().statusCode(200).extract().asString();
        assertThat(reporte).contains("PROYECCIÓN AL CIERRE DEL EJERCICIO", "58.00 %", "Bajo (en riesgo)",
                "580 / 1000 * 100 = 58.00");

        // a captura recomputes it
        eventos.registrarCaptura(eventos.captura(id, 2, 2, Map.of("V1", 990)));
        ProyeccionCierre verde = ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion() != null
                && c.trimestre(2).proyeccion().semaforoProyectado() == Color.VERDE).trimestre(2).proyeccion();
        assertThat(verde.avanceProyectadoPorcentaje()).isEqualTo(new BigDecimal("99.00"));
        assertThat(verde.enRiesgo()).isFalse();

        // a definition recomputes it: a higher meta anual puts it at risk again
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.padronMigrantes(id, 2, 600, 1200), programa));
        ProyeccionCierre amarillo = ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion() != null
                && c.trimestre(2).proyeccion().semaforoProyectado() == Color.AMARILLO).trimestre(2).proyeccion();
        assertThat(amarillo.traza()).isEqualTo(
                "V1: 990 (ACTUALIZABLE); 990 = 990; meta anual 1200 = 1200; 990 / 1200 * 100 = 82.50");

        // as known then: the history keeps each projection
        assertThat(q2(conocidosEn(id, sinCaptura)).proyeccion()).isNull();
        assertThat(q2(conocidosEn(id, enRojo)).proyeccion()).isEqualTo(rojo);
        assertThat(q2(conocidosEn(id, OffsetDateTime.now())).proyeccion()).isEqualTo(amarillo);
    }

    @Test
    void laLecturaDeLosIndicadoresEnRiesgoFiltraPaginaYLosResumenesLosCuentan() {
        String programa = clave("P");
        String ramo = clave("R");
        String ur = clave("U");
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, programa, ramo, ur));
        UUID rojo = UUID.randomUUID();
        UUID amarillo = UUID.randomUUID();
        UUID verde = UUID.randomUUID();
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.padronMigrantes(rojo, 1, 600, 1000), programa));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.padronMigrantes(amarillo, 1, 600, 1000), programa));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.padronMigrantes(verde, 1, 600, 1000), programa));
        eventos.registrarCaptura(eventos.captura(rojo, 2, 1, Map.of("V1", 500)));
        eventos.registrarCaptura(eventos.captura(amarillo, 2, 1, Map.of("V1", 800)));
        eventos.registrarCaptura(eventos.captura(verde, 2, 1, Map.of("V1", 1000)));
        for (UUID id : new UUID[] {rojo, amarillo, verde}) {
            ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion() != null);
        }

        // the programa (ramo and UR) comes on its own topic, which may be read after the results
        PaginaEnRiesgo todos = Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> enRiesgo(Map.of("ejercicio", 2023, "programa", programa)),
                        pagina -> pagina.items().stream().allMatch(i -> i.ramo() != null));
        assertThat(todos.total()).isEqualTo(2);
        assertThat(todos.items()).extracting(i -> i.indicadorId()).containsExactlyInAnyOrder(rojo, amarillo);
        assertThat(todos.items()).allSatisfy(i -> {
            assertThat(i.trimestre()).isEqualTo(2);
            assertThat(i.ramo()).isEqualTo(ramo);
            assertThat(i.unidadResponsable()).isEqualTo(ur);
            assertThat(i.proyeccion().enRiesgo()).isTrue();
        });
        assertThat(enRiesgo(Map.of("ejercicio", 2023, "ur", ur, "semaforo", "ROJO")).items())
                .singleElement().satisfies(i -> {
                    assertThat(i.indicadorId()).isEqualTo(rojo);
                    assertThat(i.proyeccion().avanceProyectadoPorcentaje()).isEqualTo(new BigDecimal("50.00"));
                    // at Q2 itself 500 of 600 is only AMARILLO
                    assertThat(i.semaforo()).isEqualTo(Color.AMARILLO);
                });
        assertThat(enRiesgo(Map.of("ejercicio", 2023, "ramo", ramo, "trimestre", 2, "semaforo", "AMARILLO"))
                .items()).extracting(i -> i.indicadorId()).containsExactly(amarillo);
        assertThat(enRiesgo(Map.of("ejercicio", 2023, "ramo", ramo, "trimestre", 1)).total()).isZero();
        assertThat(enRiesgo(Map.of("ejercicio", 2024, "ramo", ramo)).total()).isZero();

        PaginaEnRiesgo primera = enRiesgo(Map.of("ejercicio", 2023, "ur", ur, "size", 1));
        PaginaEnRiesgo segunda = enRiesgo(Map.of("ejercicio", 2023, "ur", ur, "size", 1, "page", 1));
        assertThat(primera.items()).hasSize(1);
        assertThat(segunda.items()).hasSize(1);
        assertThat(primera.total()).isEqualTo(2);
        assertThat(primera.items().get(0).indicadorId()).isNotEqualTo(segunda.items().get(0).indicadorId());
        assertThat(enRiesgo(Map.of("ejercicio", 2023, "ur", ur, "size", 1, "page", 2)).items()).isEmpty();

        comoConsulta().get("/programas/2023/{clave}/resumen?trimestre=2", programa).then().statusCode(200)
                .body("conteo.enRiesgo", equalTo(2))
                .body("conteo.amarillo", equalTo(1))
                .body("conteo.excedido", equalTo(2))
                .body("indicadores.findAll { it.semaforoProyectado == 'ROJO' }.indicadorId", equalTo(java.util.List.of(rojo.toString())));
        comoConsulta().get("/unidades-responsables/2023/{clave}/resumen?trimestre=2", ur).then().statusCode(200)
                .body("conteo.enRiesgo", equalTo(2));
        comoConsulta().get("/programas/2023/{clave}/resumen?trimestre=4", programa).then().statusCode(200)
                .body("conteo.enRiesgo", equalTo(0));
    }

    @Test
    void verdeNoEstaEnRiesgoYLosParametrosFueraDeRangoSon400ConElCampo() {
        comoConsulta().get("/indicadores-en-riesgo?ejercicio=2023&semaforo=VERDE")
                .then().spec(problema(400, "validacion")).body("errores[0].campo", equalTo("semaforo"));
        comoConsulta().get("/indicadores-en-riesgo?ejercicio=2023&trimestre=4")
                .then().spec(problema(400, "validacion")).body("errores[0].campo", equalTo("trimestre"));
        comoConsulta().get("/indicadores-en-riesgo")
                .then().spec(problema(400, "validacion")).body("errores[0].campo", equalTo("ejercicio"));
        comoConsulta().get("/indicadores-en-riesgo?ejercicio=2023&size=501")
                .then().spec(problema(400, "validacion")).body("errores[0].campo", equalTo("size"));
    }

    private static PaginaEnRiesgo enRiesgo(Map<String, ?> parametros) {
        String cuerpo = comoConsulta().accept("application/json").queryParams(parametros)
                .get("/indicadores-en-riesgo").then().statusCode(200).extract().asString();
        try {
            return JSON.readValue(cuerpo, PaginaEnRiesgo.class);
        } catch (Exception e) {
            throw new AssertionError(cuerpo, e);
        }
    }

    private static ResultadosIndicador conocidosEn(UUID id, OffsetDateTime instante) throws Exception {
        String cuerpo = comoConsulta().accept("application/json").queryParam("conocidoEn", instante.toString())
                .when().get("/indicadores/{id}/resultados", id)
                .then().statusCode(200).extract().asString();
        return JSON.readValue(cuerpo, ResultadosIndicador.class);
    }

    private static mx.pbrsed.evaluation.rest.model.ResultadoPeriodo q2(ResultadosIndicador resultados) {
        return resultados.resultados().stream().filter(r -> r.trimestre() == 2).findFirst().orElseThrow();
    }

    /** A clave of its own (10 characters at most, as the catalog takes them). */
    private static String clave(String prefijo) {
        return prefijo + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }
}
