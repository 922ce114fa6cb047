package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import mx.pbrsed.evaluation.service.EventosPrueba;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The programa's nombre shown is the one of its latest version on the programas topic, whatever an
 * indicator's definition (published before the rename) once carried: the resumen, the report and the
 * open-data export never show a stale name.
 */
@QuarkusTest
class ProgramaRenombradoTest {
    private static final String NOMBRE_NUEVO = "PROGRAMA DE ATENCIÓN INTEGRAL AL MIGRANTE POBLANO";

    @Inject
    EventosPrueba eventos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void unProgramaRenombradoSeMuestraConSuNombreNuevo() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String programa = "P" + n;
        UUID programaId = UUID.randomUUID();
        UUID indicador = UUID.randomUUID();
        eventos.publicarPrograma(eventos.programa(programaId, 1, programa, "R" + n, "U" + n));
        // the definition names the programa as it was called when the indicator was published
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(indicador, 1, 45649), programa));
        await().atMost(Duration.ofSeconds(20)).until(() -> nombreEnResumen(programa) != null);

        eventos.publicarPrograma(eventos.programa(programaId, 2, programa, "R" + n, "U" + n).put("nombre", NOMBRE_NUEVO));

        await().atMost(Duration.ofSeconds(20)).until(() -> NOMBRE_NUEVO.equals(nombreEnResumen(programa)));
        assertThat(comoConsulta().get("/programas/2023/{clave}/reporte?trimestre=4", programa).then().statusCode(200)
                .extract().asString()).contains(NOMBRE_NUEVO).doesNotContain("PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO");
        assertThat(comoConsulta().get("/datos-abiertos/avance-indicadores.csv?ejercicio=2023")
                .then().statusCode(200).extract().asString()).contains(NOMBRE_NUEVO);
    }

    private static String nombreEnResumen(String programa) {
        var respuesta = comoConsulta().get("/programas/2023/{clave}/resumen?trimestre=4", programa);
        return respuesta.statusCode() == 200 ? respuesta.jsonPath().getString("nombre") : null;
    }
}
