package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.rest.model.IndicadorDesempeno;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno.Ambito;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed's "INDICADORES DE DESEMPEÑO" table and avance financiero, per program, UR and ramo. */
@QuarkusTest
class ResumenResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    EventosPrueba eventos;

    /** Claves of this test alone: other tests publish under E011, ramo 04 and UR 118. */
    private String programa;
    private String ramo;
    private String ur;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void claves() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        programa = "P" + n;
        ramo = "R" + n;
        ur = "U" + n;
    }

    @Test
    void elProgramaDeLaSemillaConSusDosIndicadoresYSuAvanceFinanciero() throws Exception {
        publicarSemilla();

        ResumenDesempeno resumen = resumen("/programas/2023/" + programa + "/resumen?trimestre=4");
        assertThat(resumen.ambito()).isEqualTo(Ambito.PROGRAMA);
        assertThat(resumen.nombre()).isEqualTo("PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO");
        assertThat(resumen.trimestre()).isEqualTo(4);
        // FIN before PROPOSITO, as the seed lists them.
        assertThat(resumen.indicadores()).extracting(IndicadorDesempeno::nivel, IndicadorDesempeno::tipo,
                        IndicadorDesempeno::dimension, IndicadorDesempeno::comportamiento, IndicadorDesempeno::frecuencia,
                        IndicadorDesempeno::avancePorcentaje, IndicadorDesempeno::semaforo, IndicadorDesempeno::estado)
                .containsExactly(
                        tuple("FIN", "ESTRATEGICO", "EFICACIA", "ASCENDENTE", "ANUAL",
                                new BigDecimal("71.90"), Color.AMARILLO, EstadoResultado.CALCULADO),
                        tuple("PROPOSITO", "ESTRATEGICO", "EFICACIA", "ASCENDENTE", "ANUAL",
                                new BigDecimal("100.00"), Color.VERDE, EstadoResultado.CALCULADO));
        assertThat(resumen.conteo().verde()).isEqualTo(1);
        assertThat(resumen.conteo().amarillo()).isEqualTo(1);
        assertThat(resumen.conteo().rojo()).isZero();
        assertThat(resumen.conteo().total()).isEqualTo(2);
        assertThat(resumen.avanceFinanciero().presupuestoAprobado()).isEqualTo(new BigDecimal("45022975.00"));
        assertThat(resumen.avanceFinanciero().presupuestoModificado()).isEqualTo(new BigDecimal("47812885.90"));
        assertThat(resumen.avanceFinanciero().devengado()).isEqualTo(new BigDecimal("47812885.90"));
        assertThat(resumen.avanceFinanciero().porcentajeAprobado()).isEqualTo(new BigDecimal("106.20"));
        assertThat(resumen.avanceFinanciero().porcentajeModificado()).isEqualTo(new BigDecimal("100.00"));

        // Q3: both ANUAL indicators are "no programado"; no devengado was captured for Q3.
        ResumenDesempeno q3 = resumen("/programas/2023/" + programa + "/resumen?trimestre=3");
        assertThat(q3.indicadores()).extracting(IndicadorDesempeno::estado)
                .containsOnly(EstadoResultado.NO_PROGRAMADO);
        assertThat(q3.conteo().sinSemaforo()).isEqualTo(2);
        assertThat(q3.avanceFinanciero().devengado()).isNull();
        assertThat(q3.avanceFinanciero().porcentajeAprobado()).isNull();

        for (String ambito : new String[] {"unidades-responsables/2023/" + ur, "ramos/2023/" + ramo}) {
            ResumenDesempeno agregado = resumen("/" + ambito + "/resumen?trimestre=4");
            assertThat(agregado.programas()).containsExactly(programa);
            assertThat(agregado.indicadores()).usingRecursiveComparison().isEqualTo(resumen.indicadores());
            assertThat(agregado.conteo()).isEqualTo(resumen.conteo());
            assertThat(agregado.avanceFinanciero()).isEqualTo(resumen.avanceFinanciero());
        }
        assertThat(resumen("/unidades-responsables/2023/" + ur + "/resumen").nombre())
                .isEqualTo("INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE");
        assertThat(resumen("/ramos/2023/" + ramo + "/resumen").ambito()).isEqualTo(Ambito.RAMO);
    }

    @Test
    void filtrosPorColorYPorTardiaSinCambiarElConteo() throws Exception {
        publicarSemilla();

        ResumenDesempeno amarillos = resumen("/programas/2023/" + programa + "/resumen?trimestre=4&semaforo=AMARILLO");
        assertThat(amarillos.indicadores()).extracting(IndicadorDesempeno::nivel).containsExactly("FIN");
        assertThat(amarillos.conteo().total()).isEqualTo(2);
        assertThat(resumen("/programas/2023/" + programa + "/resumen?semaforo=ROJO").indicadores()).isEmpty();
        assertThat(resumen("/ramos/2023/" + ramo + "/resumen?tardia=true").indicadores())
                .extracting(IndicadorDesempeno::nivel).containsExactly("PROPOSITO");
        assertThat(resumen("/unidades-responsables/2023/" + ur + "/resumen?tardia=false").indicadores())
                .extracting(IndicadorDesempeno::nivel).containsExactly("FIN");
    }

    @Test
    void unDevengadoAnteriorQueLlegaDespuesSeIgnora() throws Exception {
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, programa, ramo, ur));
        eventos.registrarDevengado(eventos.devengado(programa, 2, 2, "22511487.50"));
        eventos.registrarDevengado(eventos.devengado(programa, 2, 1, "1.00"));
        // A later quarter on the same key and partition: once it is seen, both above were applied.
        eventos.registrarDevengado(eventos.devengado(programa, 4, 1, "47812885.90"));
        await().atMost(ResultadosApi.ESPERA).until(() -> devengado(4) != null);

        ResumenDesempeno q2 = resumen("/programas/2023/" + programa + "/resumen?trimestre=2");
        assertThat(q2.avanceFinanciero().devengado()).isEqualTo(new BigDecimal("22511487.50"));
        assertThat(q2.avanceFinanciero().porcentajeAprobado()).isEqualTo(new BigDecimal("50.00"));
    }

    @Test
    void entradaInvalidaDa400YLoDesconocido404() {
        String programaDesconocido = "/programas/2023/" + programa + "/resumen";
        comoConsulta().get(programaDesconocido).then().spec(problema(404, "no-encontrado"));
        comoConsulta().get("/unidades-responsables/2023/" + ur + "/resumen").then().spec(problema(404, "no-encontrado"));
        comoConsulta().get("/ramos/2023/" + ramo + "/resumen").then().spec(problema(404, "no-encontrado"));
        comoConsulta().get("/programas/1999/E011/resumen").then().spec(problema(400, "validacion"))
                .body("errores.campo", hasItem("ejercicio"));
        comoConsulta().get("/programas/2101/E011/resumen").then().spec(problema(400, "validacion"));
        comoConsulta().get("/programas/2023/E011/resumen?trimestre=5").then().spec(problema(400, "validacion"))
                .body("errores.campo", hasItem("trimestre"));
        comoConsulta().get("/ramos/2023/04/resumen?trimestre=0").then().spec(problema(400, "validacion"));
        // Values that do not even convert: JAX-RS would answer 404, the resource exists.
        comoConsulta().get("/programas/dosmil/E011/resumen").then().spec(problema(400, "validacion"));
        comoConsulta().get("/ramos/2023/04/resumen?trimestre=cuarto").then().spec(problema(400, "validacion"));
        comoConsulta().get("/unidades-responsables/2023/118/resumen?semaforo=MORADO").then().spec(problema(400, "validacion"))
                .body("errores[0].campo", equalTo("semaforo"))
                .body("errores[0].mensaje", equalTo("debe ser VERDE, AMARILLO, ROJO o EXCEDIDO"));
    }

    /** The seed's E011 under this test's claves: both indicators, the budget, the Q4 devengado. */
    private void publicarSemilla() {
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, programa, ramo, ur));
        eventos.registrarDevengado(eventos.devengado(programa, 4, 1, "47812885.90"));
        UUID matricula = UUID.randomUUID();
        UUID programas = UUID.randomUUID();
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(matricula, 1, 45649), programa));
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.programasMigrantes(programas, 1), programa));
        eventos.registrarCaptura(eventos.capturaAnual(matricula, 1, Map.of("V1", 32822)));
        ObjectNode tardia = eventos.capturaAnual(programas, 1, Map.of("V1", 9, "V2", 9));
        tardia.put("tardia", true);
        eventos.registrarCaptura(tardia);
        ResultadosApi.esperarQ4Calculado(matricula);
        ResultadosApi.esperarQ4Calculado(programas);
        await().atMost(ResultadosApi.ESPERA).until(() -> devengado(4) != null);
    }

    /** The devengado the summary shows at the quarter, null while unknown (or the program is). */
    private BigDecimal devengado(int trimestre) {
        var respuesta = comoConsulta().get("/programas/2023/" + programa + "/resumen?trimestre=" + trimestre);
        if (respuesta.statusCode() == 404) {
            return null;
        }
        var avance = respuesta.then().statusCode(200).extract().jsonPath().getMap("avanceFinanciero");
        return avance == null || avance.get("devengado") == null ? null : new BigDecimal(avance.get("devengado").toString());
    }

    private static ResumenDesempeno resumen(String ruta) throws Exception {
        String cuerpo = comoConsulta().accept("application/json").get(ruta).then().statusCode(200).extract().asString();
        return JSON.readValue(cuerpo, ResumenDesempeno.class);
    }
}
