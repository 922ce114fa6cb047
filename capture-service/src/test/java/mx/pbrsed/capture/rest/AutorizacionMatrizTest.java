package mx.pbrsed.capture.rest;

import static io.restassured.RestAssured.given;
import static mx.pbrsed.capture.rest.Capturas.ESPERA;
import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static mx.pbrsed.capture.rest.Capturas.versiones;
import static mx.pbrsed.capture.rest.Problemas.assertProblema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation x every kind of caller: the four roles (a capturista of the indicator's own
 * unidad responsable, of another, and without one), no token, an expired one, one signed with a
 * key the service does not trust and one from another issuer. Each gets the expected 2xx, 401 or
 * 403 as problem details, and a refused write leaves what it would change as it was.
 */
@QuarkusTest
class AutorizacionMatrizTest {
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String PROGRAMA = "E099";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.programas")
    String topicProgramas;

    /** Who calls; the last four carry the role the operation allows, so only the token itself is wrong. */
    enum Quien {
        CAPTURISTA_DE_LA_UR, CAPTURISTA_DE_OTRA_UR, CAPTURISTA_SIN_UR, VALIDADOR, ADMIN_CATALOGO, CONSULTA,
        SIN_TOKEN, TOKEN_EXPIRADO, FIRMA_AJENA, OTRO_EMISOR;

        boolean autenticado() {
            return ordinal() < SIN_TOKEN.ordinal();
        }

        RequestSpecification solicitud(String rolPermitido) {
            String sujeto = "matriz." + name().toLowerCase();
            return switch (this) {
                case CAPTURISTA_DE_LA_UR -> Tokens.capturista(sujeto, Tokens.UR);
                case CAPTURISTA_DE_OTRA_UR -> Tokens.capturista(sujeto, "119");
                case CAPTURISTA_SIN_UR -> Tokens.capturista(sujeto, null);
                case VALIDADOR -> Tokens.con(Tokens.token(sujeto, Token.ROL_VALIDADOR, null));
                case ADMIN_CATALOGO -> Tokens.con(Tokens.token(sujeto, Token.ROL_ADMIN_CATALOGO, null));
                case CONSULTA -> Tokens.con(Tokens.token(sujeto, Token.ROL_CONSULTA, null));
                case SIN_TOKEN -> given();
                case TOKEN_EXPIRADO -> Tokens.con(ClavesDePrueba.expirado(sujeto, rolPermitido, Tokens.UR));
                case FIRMA_AJENA -> Tokens.con(ClavesDePrueba.firmaAjena(sujeto, rolPermitido, Tokens.UR));
                case OTRO_EMISOR -> Tokens.con(ClavesDePrueba.otroEmisor(sujeto, rolPermitido, Tokens.UR));
            };
        }
    }

    private static final Set<Quien> LECTORES = Set.of(Quien.CAPTURISTA_DE_LA_UR, Quien.CAPTURISTA_DE_OTRA_UR,
            Quien.CAPTURISTA_SIN_UR, Quien.VALIDADOR, Quien.ADMIN_CATALOGO, Quien.CONSULTA);

    /**
     * An operation: who may call it and with what success status; for a write, what it changes
     * (read before and after each call) and what must be true before each call.
     */
    record Operacion(String nombre, String rolPermitido, Set<Quien> permitidos, int exito,
                     Function<RequestSpecification, Response> llamar, Supplier<Object> estado, Runnable preparar) {

        static Operacion lectura(String nombre, Function<RequestSpecification, Response> llamar) {
            return new Operacion(nombre, Token.ROL_CONSULTA, LECTORES, 200, llamar, null, () -> { });
        }

        static Operacion escritura(String nombre, String rolPermitido, Quien permitido, int exito,
                                   Function<RequestSpecification, Response> llamar, Supplier<Object> estado) {
            return new Operacion(nombre, rolPermitido, Set.of(permitido), exito, llamar, estado, () -> { });
        }

        Operacion preparando(Runnable antes) {
            return new Operacion(nombre, rolPermitido, permitidos, exito, llamar, estado, antes);
        }

        int esperado(Quien quien) {
            return !quien.autenticado() ? 401 : permitidos.contains(quien) ? exito : 403;
        }
    }

    @TestFactory
    Stream<DynamicTest> cadaOperacionConCadaTipoDeSolicitante() {
        var indicador = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        UUID programaId = UUID.randomUUID();
        try (var catalogo = new Catalogo(bootstrap, topicProgramas)) {
            catalogo.publicarTexto(programaId, Catalogo.programa(programaId, PROGRAMA, Tokens.UR));
        }
        esperarReplica(indicador);
        // an invalid amount stores nothing either way; it stops saying "no existe" once the replica has the program
        await().atMost(ESPERA).until(() -> devengado(Tokens.capturista(), "-1"), r -> !r.asString().contains("no existe"));
        UUID id = indicador.id();
        registrar(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 9))).then().statusCode(201);
        String evidenciaId = subir(Tokens.capturista(), id).then().statusCode(201).extract().path("id");
        String periodo = "/capturas/" + id + "/2023/4";
        Runnable nuevaVersionEnviada = () -> registrar(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 9))).then().statusCode(201);
        Supplier<Object> versionesCaptura = () -> versiones(id, 2023, 4).path("size()");
        Supplier<Object> ultimaRevision = () -> versiones(id, 2023, 4).path("[-1].estado") + " r" + versiones(id, 2023, 4).path("[-1].revision");

        List<Operacion> operaciones = List.of(
                Operacion.escritura("registrarCaptura", Token.ROL_CAPTURISTA, Quien.CAPTURISTA_DE_LA_UR, 201,
                        s -> s.contentType(ContentType.JSON).body(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 9))).post("/capturas"),
                        versionesCaptura),
                Operacion.escritura("registrarLoteCapturas (JSON)", Token.ROL_CAPTURISTA, Quien.CAPTURISTA_DE_LA_UR, 201,
                        s -> s.contentType(ContentType.JSON).body(List.of(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 9))))
                                .post("/capturas/lote"),
                        versionesCaptura),
                Operacion.escritura("registrarLoteCapturas (CSV)", Token.ROL_CAPTURISTA, Quien.CAPTURISTA_DE_LA_UR, 201,
                        s -> s.contentType("text/csv").body("indicadorId,ejercicio,trimestre,V1,V2\n" + id + ",2023,4,9,9\n")
                                .post("/capturas/lote"),
                        versionesCaptura),
                Operacion.lectura("listarVersionesCaptura", s -> s.get(periodo)),
                Operacion.lectura("verificarCadenaIndicador", s -> s.get("/capturas/" + id + "/verificacion")),
                Operacion.lectura("verificarCadenasEjercicio", s -> s.get("/capturas/verificacion?ejercicio=2023&limite=1")),
                Operacion.escritura("validarCaptura", Token.ROL_VALIDADOR, Quien.VALIDADOR, 200,
                        s -> s.contentType(ContentType.JSON).body(Map.of()).post(periodo + "/validacion"),
                        ultimaRevision).preparando(nuevaVersionEnviada),
                Operacion.escritura("devolverCaptura", Token.ROL_VALIDADOR, Quien.VALIDADOR, 200,
                        s -> s.contentType(ContentType.JSON).body(Map.of("comentario", "Falta la justificación"))
                                .post(periodo + "/devolucion"),
                        ultimaRevision).preparando(nuevaVersionEnviada),
                Operacion.escritura("adjuntarEvidencia", Token.ROL_CAPTURISTA, Quien.CAPTURISTA_DE_LA_UR, 201,
                        s -> subir(s, id), () -> Tokens.consulta().get(periodo + "/evidencias").path("size()")),
                Operacion.lectura("listarEvidencias", s -> s.get(periodo + "/evidencias")),
                Operacion.lectura("descargarEvidencia", s -> s.get(periodo + "/evidencias/" + evidenciaId)),
                Operacion.lectura("consultarCalendario", s -> s.get("/calendarios/2023")),
                Operacion.escritura("definirCalendario", Token.ROL_ADMIN_CATALOGO, Quien.ADMIN_CATALOGO, 200,
                        s -> s.contentType(ContentType.JSON).body(calendario2040()).put("/calendarios/2040"),
                        () -> String.valueOf((Object) Tokens.consulta().get("/calendarios/2040").path("actualizadoEn"))),
                Operacion.escritura("registrarDevengado", Token.ROL_CAPTURISTA, Quien.CAPTURISTA_DE_LA_UR, 201,
                        s -> devengado(s, "1000.00"),
                        () -> Tokens.consulta().get("/devengados/2023/" + PROGRAMA + "/4").path("size()")),
                Operacion.lectura("listarVersionesDevengado", s -> s.get("/devengados/2023/" + PROGRAMA + "/4")));

        List<DynamicTest> casos = new ArrayList<>();
        for (Operacion operacion : operaciones) {
            for (Quien quien : Quien.values()) {
                int esperado = operacion.esperado(quien);
                casos.add(DynamicTest.dynamicTest(operacion.nombre() + " por " + quien + " -> " + esperado,
                        () -> probar(operacion, quien, esperado)));
            }
        }
        assertThat(casos).as("operaciones x solicitantes").hasSize(15 * 10);
        Log.infof("Matriz de autorización: %d casos", casos.size());
        return casos.stream();
    }

    @Test
    void laSaludYElContratoNoPidenToken() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
        // where no token is needed, not even a bad one is looked at
        Tokens.con(ClavesDePrueba.expirado("matriz.expirado", Token.ROL_CONSULTA, null)).get("/q/health/live").then().statusCode(200);
    }

    private static void probar(Operacion operacion, Quien quien, int esperado) {
        operacion.preparar().run();
        Object antes = operacion.estado() == null ? null : operacion.estado().get();

        Response respuesta = operacion.llamar().apply(quien.solicitud(operacion.rolPermitido()));

        if (esperado >= 400) {
            assertProblema(respuesta, esperado).body("type", equalTo("https://pbrsed.mx/problemas/"
                    + (esperado == 401 ? "no-autenticado" : "prohibido")));
            if (esperado == 401) {
                assertThat(respuesta.header("WWW-Authenticate")).isEqualTo("Bearer");
            }
        } else {
            respuesta.then().statusCode(esperado);
        }
        if (operacion.estado() != null) {
            Object despues = operacion.estado().get();
            if (esperado >= 400) {
                assertThat(despues).as("una escritura rechazada no guarda nada").isEqualTo(antes);
            } else {
                assertThat(despues).as("la escritura aceptada se guardó").isNotEqualTo(antes);
            }
        }
    }

    private static Response subir(RequestSpecification como, UUID indicadorId) {
        return como.contentType("application/pdf").header("Content-Disposition", "attachment; filename=\"FIN_IPAM_IIE.pdf\"")
                .body(PDF).post("/capturas/" + indicadorId + "/2023/4/evidencias");
    }

    private static Response devengado(RequestSpecification como, String importe) {
        return como.contentType(ContentType.JSON)
                .body("{\"ejercicio\": 2023, \"programaClave\": \"" + PROGRAMA + "\", \"trimestre\": 4, \"devengadoAcumulado\": "
                        + importe + "}")
                .post("/devengados");
    }

    private static Map<String, Object> calendario2040() {
        return Map.of("ventanas", List.of(
                Map.of("trimestre", 1, "abre", "2040-04-01", "cierra", "2040-04-20"),
                Map.of("trimestre", 2, "abre", "2040-07-01", "cierra", "2040-07-20"),
                Map.of("trimestre", 3, "abre", "2040-10-01", "cierra", "2040-10-20"),
                Map.of("trimestre", 4, "abre", "2041-01-02", "cierra", "2041-01-20")));
    }
}
