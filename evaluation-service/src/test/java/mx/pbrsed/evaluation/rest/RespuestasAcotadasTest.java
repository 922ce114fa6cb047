package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import mx.pbrsed.evaluation.rest.model.Limites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An answer is never built past the bounds the spec publishes (maxItems): a summary, report or
 * CSV over more indicators, or a summary over more programs, is a 422 problem. The replicas are
 * filled directly, in an ejercicio no other test uses, and emptied afterwards.
 */
@QuarkusTest
class RespuestasAcotadasTest {
    private static final int EJERCICIO = 2097;

    @Inject
    DataSource baseDeDatos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void vaciar() throws SQLException {
        ejecutar("delete from indicador where ejercicio = ?");
        ejecutar("delete from programa where ejercicio = ?");
    }

    @Test
    void masIndicadoresDeLosQueUnaRespuestaCubreDa422() throws SQLException {
        ejecutar("""
                insert into indicador (id, version, estado, ejercicio, programa_clave, nivel, nombre, definicion, actualizado_en)
                select gen_random_uuid(), 1, 'PUBLICADO', ?, 'TOPE', 'FIN', 'Indicador ' || g, '{}', now()
                from generate_series(1, %d) g""".formatted(Limites.INDICADORES_POR_CONSULTA));

        comoConsulta().get("/programas/{e}/TOPE/resumen", EJERCICIO).then().statusCode(200)
                .body("indicadores.size()", equalTo(Limites.INDICADORES_POR_CONSULTA));

        ejecutar("""
                insert into indicador (id, version, estado, ejercicio, programa_clave, nivel, nombre, definicion, actualizado_en)
                values (gen_random_uuid(), 1, 'PUBLICADO', ?, 'TOPE', 'FIN', 'Uno más', '{}', now())""");

        String detalle = "pasaría de " + Limites.INDICADORES_POR_CONSULTA + " indicadores";
        comoConsulta().get("/programas/{e}/TOPE/resumen", EJERCICIO).then()
                .spec(problema(422, "respuesta-demasiado-grande")).body("detail", containsString(detalle));
        comoConsulta().get("/programas/{e}/TOPE/reporte", EJERCICIO).then()
                .spec(problema(422, "respuesta-demasiado-grande")).body("detail", containsString(detalle));
        comoConsulta().queryParam("ejercicio", EJERCICIO).get("/datos-abiertos/avance-indicadores.csv").then()
                .spec(problema(422, "respuesta-demasiado-grande")).body("detail", containsString(detalle));
    }

    @Test
    void masProgramasDeLosQueUnResumenSumaDa422() throws SQLException {
        ejecutar("""
                insert into programa (id, version, ejercicio, clave, nombre, ramo_clave, ramo_nombre, ur_clave, ur_nombre,
                                      presupuesto_aprobado, presupuesto_modificado, actualizado_en)
                select gen_random_uuid(), 1, ?, 'T' || g, 'Programa ' || g, 'RTOPE', 'Ramo', 'UTOPE', 'Unidad', 1, 1, now()
                from generate_series(1, %d) g""".formatted(Limites.PROGRAMAS_POR_CONSULTA + 1));

        String detalle = "pasaría de " + Limites.PROGRAMAS_POR_CONSULTA + " programas";
        comoConsulta().get("/unidades-responsables/{e}/UTOPE/resumen", EJERCICIO).then()
                .spec(problema(422, "respuesta-demasiado-grande")).body("detail", containsString(detalle));
        comoConsulta().get("/ramos/{e}/RTOPE/resumen", EJERCICIO).then()
                .spec(problema(422, "respuesta-demasiado-grande")).body("detail", containsString(detalle));
    }

    private void ejecutar(String sql) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection(); PreparedStatement sentencia = conexion.prepareStatement(sql)) {
            sentencia.setInt(1, EJERCICIO);
            sentencia.executeUpdate();
        }
    }
}
