package mx.pbrsed.evaluation.rest;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static mx.pbrsed.evaluation.Problemas.problema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import mx.pbrsed.evaluation.Peticiones;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint with every kind of caller. Reads take any of the four roles (a capturista reads
 * beyond its own UR: evaluation results are public to every role); the rebuild takes
 * admin-catalogo. A caller without a valid token gets 401, one without the role 403, both as
 * problem+json, and neither records a rebuild.
 */
@QuarkusTest
class AutorizacionMatrizTest {
    /** The figure the note quotes; a new endpoint or kind of caller changes it on purpose. */
    private static final int CASOS = 10 * 11;

    @Inject
    EventosPrueba eventos;
    @Inject
    DataSource baseDeDatos;

    private enum Tipo { ROL, SIN_ROL, ADMIN, INVALIDO }

    private record Credencial(String nombre, String sujeto, Tipo tipo, String token) {
        RequestSpecification peticion() {
            return token == null ? RestAssured.given() : Peticiones.con(token);
        }

        int esperado(boolean escritura) {
            return switch (tipo) {
                case INVALIDO -> 401;
                case SIN_ROL -> 403;
                case ROL -> escritura ? 403 : 200;
                case ADMIN -> 200;
            };
        }
    }

    private record Endpoint(String nombre, boolean escritura, String tipoContenido,
                            Function<RequestSpecification, Response> llamada) {
    }

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @TestFactory
    Stream<DynamicTest> cadaEndpointConCadaCredencial() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String programa = "P" + n;
        String ur = "U" + n;
        String ramo = "R" + n;
        UUID indicador = publicarSemilla(programa, ur, ramo);

        List<Credencial> credenciales = List.of(
                new Credencial("consulta", "ana.consulta", Tipo.ROL, ClavesDePrueba.token("ana.consulta", Token.ROL_CONSULTA, null)),
                new Credencial("capturista de la UR", "carla.capturista", Tipo.ROL,
                        ClavesDePrueba.token("carla.capturista", Token.ROL_CAPTURISTA, ur)),
                new Credencial("capturista de otra UR", "carlos.capturista", Tipo.ROL,
                        ClavesDePrueba.token("carlos.capturista", Token.ROL_CAPTURISTA, "999")),
                new Credencial("validador", "vero.validador", Tipo.ROL, ClavesDePrueba.token("vero.validador", Token.ROL_VALIDADOR, null)),
                new Credencial("admin-catalogo", "luis.admin", Tipo.ADMIN,
                        ClavesDePrueba.token("luis.admin", Token.ROL_ADMIN_CATALOGO, null)),
                new Credencial("sin rol", "sin.rol", Tipo.SIN_ROL, ClavesDePrueba.token("sin.rol", List.of(), null)),
                new Credencial("sin token", null, Tipo.INVALIDO, null),
                // The invalid ones carry admin-catalogo: the token, not the role, is what fails.
                new Credencial("expirado", null, Tipo.INVALIDO, ClavesDePrueba.expirado("luis.admin", Token.ROL_ADMIN_CATALOGO, null)),
                new Credencial("firma ajena", null, Tipo.INVALIDO, ClavesDePrueba.firmaAjena("luis.admin", Token.ROL_ADMIN_CATALOGO, null)),
                new Credencial("otro emisor", null, Tipo.INVALIDO, ClavesDePrueba.otroEmisor("luis.admin", Token.ROL_ADMIN_CATALOGO, null)),
                new Credencial("mal formado", null, Tipo.INVALIDO, "no.es-un.jwt"));

        String instante = OffsetDateTime.now().toString();
        // The replay from the topics empties the replicas for a moment: it goes last.
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET resultados", false, "application/json",
                        p -> p.get("/indicadores/{id}/resultados", indicador)),
                new Endpoint("GET resultados conocidoEn", false, "application/json",
                        p -> p.queryParam("conocidoEn", instante).get("/indicadores/{id}/resultados", indicador)),
                new Endpoint("GET resumen programa", false, "application/json",
                        p -> p.get("/programas/2023/{clave}/resumen", programa)),
                new Endpoint("GET resumen UR", false, "application/json",
                        p -> p.get("/unidades-responsables/2023/{clave}/resumen", ur)),
                new Endpoint("GET resumen ramo", false, "application/json",
                        p -> p.get("/ramos/2023/{clave}/resumen", ramo)),
                new Endpoint("GET reporte", false, "text/html",
                        p -> p.get("/programas/2023/{clave}/reporte", programa)),
                new Endpoint("GET indicadores en riesgo", false, "application/json",
                        p -> p.queryParam("ejercicio", 2023).queryParam("ur", ur).get("/indicadores-en-riesgo")),
                new Endpoint("GET datos abiertos CSV", false, "text/csv",
                        p -> p.queryParam("ejercicio", 2023).get("/datos-abiertos/avance-indicadores.csv")),
                new Endpoint("POST reconstruccion REPLICAS", true, "application/json",
                        p -> p.post("/admin/reconstruccion")),
                new Endpoint("POST reconstruccion TOPICS", true, "application/json",
                        p -> p.queryParam("origen", "TOPICS").post("/admin/reconstruccion")));

        List<DynamicTest> casos = endpoints.stream()
                .flatMap(e -> credenciales.stream()
                        .map(c -> dynamicTest(e.nombre() + " como " + c.nombre() + " -> " + c.esperado(e.escritura()),
                                () -> verificar(e, c))))
                .toList();
        System.out.printf("Matriz de autorización: %d endpoints x %d credenciales = %d casos%n",
                endpoints.size(), credenciales.size(), casos.size());
        assertThat(casos).hasSize(CASOS);
        return casos.stream();
    }

    private void verificar(Endpoint endpoint, Credencial credencial) throws SQLException {
        long antes = reconstrucciones();
        int esperado = credencial.esperado(endpoint.escritura());
        Response respuesta = endpoint.llamada().apply(credencial.peticion());

        if (esperado == 200) {
            respuesta.then().statusCode(200).contentType(endpoint.tipoContenido());
            if (endpoint.escritura()) {
                respuesta.then().body("solicitadoPor", equalTo(credencial.sujeto()));
                assertThat(reconstrucciones()).isEqualTo(antes + 1);
                assertThat(ultimoSolicitante()).isEqualTo(credencial.sujeto());
            }
            return;
        }
        respuesta.then().spec(problema(esperado, esperado == 401 ? "no-autenticado" : "prohibido"));
        if (esperado == 401) {
            assertThat(respuesta.header("WWW-Authenticate")).isEqualTo("Bearer");
        }
        if (endpoint.escritura()) {
            assertThat(reconstrucciones()).as("a refused rebuild records nothing").isEqualTo(antes);
        }
    }

    private UUID publicarSemilla(String programa, String ur, String ramo) {
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, programa, ramo, ur));
        UUID matricula = UUID.randomUUID();
        eventos.publicarIndicador(EventosPrueba.enPrograma(eventos.matriculaConsular(matricula, 1, 45649), programa));
        eventos.registrarCaptura(eventos.capturaAnual(matricula, 1, Map.of("V1", 32822)));
        ResultadosApi.esperarQ4Calculado(matricula);
        await().atMost(ResultadosApi.ESPERA)
                .until(() -> comoConsulta().get("/unidades-responsables/2023/{clave}/resumen", ur).statusCode() == 200);
        return matricula;
    }

    private long reconstrucciones() throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection(); Statement consulta = conexion.createStatement();
             ResultSet fila = consulta.executeQuery("select count(*) from reconstruccion")) {
            fila.next();
            return fila.getLong(1);
        }
    }

    private String ultimoSolicitante() throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection(); Statement consulta = conexion.createStatement();
             ResultSet fila = consulta.executeQuery("select solicitado_por from reconstruccion order by id desc limit 1")) {
            fila.next();
            return fila.getString(1);
        }
    }
}
