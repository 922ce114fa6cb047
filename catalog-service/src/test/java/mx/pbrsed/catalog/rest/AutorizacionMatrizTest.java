package mx.pbrsed.catalog.rest;

import static io.restassured.RestAssured.given;
import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.crearIndicador;
import static mx.pbrsed.catalog.CatalogoApi.documento;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static mx.pbrsed.catalog.CatalogoApi.programa;
import static mx.pbrsed.catalog.CatalogoApi.sinToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of the API, named by its operationId, against every kind of caller: the four roles
 * (a capturista of the programa's own UR and of another: the catalog's reads are not scoped by UR),
 * no token, an expired one, one signed by an untrusted key and one from another issuer. Reads answer
 * any role, writes only admin-catalogo; a refused write leaves every table as it was.
 */
@QuarkusTest
class AutorizacionMatrizTest {
    private static final String UR_PROPIA = "118";

    @Inject
    DataSource dataSource;

    /** The seed's programa under its own clave, shared by the reads and the writes that change it. */
    private static String clave;
    private static UUID fin;
    private static UUID proposito;
    private static UUID indicador;

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static void programaCompartido() {
        clave = claveNueva("MTZ");
        api().body(documento(clave).toString()).put("/programas/{e}/{c}/documento", EJERCICIO, clave).then().statusCode(201);
        JsonPath mir = api().get("/programas/{e}/{c}", EJERCICIO, clave).then().statusCode(200).extract().jsonPath();
        fin = UUID.fromString(mir.getString("objetivos.find { it.clave == 'FIN' }.id"));
        proposito = UUID.fromString(mir.getString("objetivos.find { it.clave == 'PROPOSITO' }.id"));
        indicador = UUID.fromString(api().get("/programas/{e}/{c}/indicadores", EJERCICIO, clave).then().statusCode(200)
                .extract().jsonPath().getString("[0].id"));
    }

    @TestFactory
    Stream<DynamicTest> cadaOperacionConCadaLlamante() {
        programaCompartido();
        List<Operacion> operaciones = operaciones();
        Set<String> cubiertas = operaciones.stream().map(Operacion::id).collect(Collectors.toCollection(TreeSet::new));
        assertThat(cubiertas)
                .as("the matrix covers every operation of the served contract")
                .isEqualTo(operacionesDelContrato());
        List<DynamicTest> casos = new ArrayList<>();
        for (Operacion operacion : operaciones) {
            for (Llamante llamante : Llamante.values()) {
                casos.add(dynamicTest(operacion.id() + " x " + llamante, () -> probar(operacion, llamante)));
            }
        }
        System.out.printf("Authorization matrix: %d operations x %d callers = %d cases%n", operaciones.size(),
                Llamante.values().length, casos.size());
        return casos.stream();
    }

    /** Probes and the contract stay public, and an invalid token there is ignored, not refused. */
    @Test
    void saludYContratoSonPublicos() {
        for (String ruta : List.of("/q/health", "/q/health/ready", "/q/openapi", "/q/swagger-ui/")) {
            given().get(ruta).then().statusCode(200);
            given().auth().oauth2(ClavesDePrueba.firmaAjena("x", Token.ROL_CONSULTA, null)).get(ruta).then().statusCode(200);
        }
    }

    private void probar(Operacion operacion, Llamante llamante) {
        Function<RequestSpecification, Response> peticion = operacion.preparar().get();
        Map<String, String> antes = Almacen.huella(dataSource);
        Response respuesta = peticion.apply(llamante.peticion());
        int esperado = llamante.estado(operacion);
        if (esperado == 401 || esperado == 403) {
            String instancia = respuesta.then().extract().path("instance");
            assertThat(instancia).as("instance").startsWith("/");
            esProblema(respuesta.then(), esperado, esperado == 401 ? "no-autenticado" : "prohibido", instancia);
            if (esperado == 401) {
                respuesta.then().header("WWW-Authenticate", "Bearer");
            }
        } else {
            respuesta.then().statusCode(operacion.exito());
        }
        if (esperado != 200 && operacion.escribe()) {
            assertThat(Almacen.huella(dataSource)).as("what a refused write stored").isEqualTo(antes);
        }
    }

    /** Each write prepares, as the administrator, what it acts on, so every caller finds it as new. */
    private static List<Operacion> operaciones() {
        return List.of(
                lectura("obtenerPrograma", 200, s -> s.get("/programas/{e}/{c}", EJERCICIO, clave)),
                lectura("listarIndicadoresDePrograma", 200, s -> s.get("/programas/{e}/{c}/indicadores", EJERCICIO, clave)),
                lectura("exportarPrograma", 200, s -> s.get("/programas/{e}/{c}/documento", EJERCICIO, clave)),
                escritura("crearPrograma", 201, () -> {
                    String nuevo = programa(claveNueva("MTZ")).toString();
                    return s -> s.body(nuevo).post("/programas");
                }),
                escritura("modificarPrograma", 200, () -> {
                    String cambio = "{\"nombre\": \"PROGRAMA " + claveNueva("N") + "\", \"presupuestoModificado\": 47812885.90}";
                    return s -> s.body(cambio).put("/programas/{e}/{c}", EJERCICIO, clave);
                }),
                escritura("agregarObjetivo", 201, () -> {
                    String componente = objetivo("COMPONENTE").toString();
                    return s -> s.body(componente).post("/programas/{e}/{c}/objetivos", EJERCICIO, clave);
                }),
                escritura("importarPrograma", 201, () -> {
                    String nuevo = claveNueva("MTZ");
                    String cuerpo = documento(nuevo).toString();
                    return s -> s.body(cuerpo).put("/programas/{e}/{c}/documento", EJERCICIO, nuevo);
                }),
                lectura("consultarIndicadores", 200, s -> s.get("/indicadores?programa=" + clave)),
                lectura("obtenerIndicador", 200, s -> s.get("/indicadores/{id}", indicador)),
                lectura("listarVersionesDeIndicador", 200, s -> s.get("/indicadores/{id}/versiones", indicador)),
                lectura("historialDeMetas", 200, s -> s.get("/indicadores/{id}/metas/historial", indicador)),
                escritura("crearIndicador", 201, () -> {
                    String cuerpo = ficha("PROPOSITO-1", proposito).toString();
                    return s -> s.body(cuerpo).post("/indicadores");
                }),
                escritura("modificarIndicador", 200, () -> {
                    UUID id = crearIndicador(ficha("FIN-1", fin));
                    String cambio = ficha("FIN-1", fin).put("nombre", "MATRÍCULAS CONSULARES " + claveNueva("N"))
                            .put("vigenteDesde", "2023-07-01").put("modificadoPor", "OORE690714H58").toString();
                    return s -> s.body(cambio).put("/indicadores/{id}", id);
                }),
                escritura("retirarIndicador", 200, () -> {
                    UUID id = crearIndicador(ficha("FIN-1", fin));
                    return s -> s.body("{\"vigenteDesde\": \"2023-12-31\"}").post("/indicadores/{id}/retiro", id);
                }),
                escritura("eliminarIndicador", 204, () -> {
                    UUID id = crearIndicador(ficha("FIN-1", fin));
                    return s -> s.delete("/indicadores/{id}", id);
                }),
                lectura("listarRamos", 200, s -> s.get("/ramos")),
                escritura("crearRamo", 201, () -> {
                    String cuerpo = "{\"clave\": \"" + claveNueva("R") + "\", \"nombre\": \"RAMO DE PRUEBA\"}";
                    return s -> s.body(cuerpo).post("/ramos");
                }),
                escritura("retirarRamo", 200, () -> {
                    String ramo = referencia("/ramos", claveNueva("R"), null);
                    return s -> s.post("/ramos/{clave}/retiro", ramo);
                }),
                lectura("listarUnidadesResponsables", 200, s -> s.get("/unidades-responsables")),
                escritura("crearUnidadResponsable", 201, () -> {
                    String cuerpo = "{\"clave\": \"" + claveNueva("U") + "\", \"nombre\": \"UR DE PRUEBA\", \"ramo\": \"04\"}";
                    return s -> s.body(cuerpo).post("/unidades-responsables");
                }),
                escritura("retirarUnidadResponsable", 200, () -> {
                    String unidad = referencia("/unidades-responsables", claveNueva("U"), "04");
                    return s -> s.post("/unidades-responsables/{clave}/retiro", unidad);
                }),
                lectura("listarUnidadesMedida", 200, s -> s.get("/unidades-medida")),
                escritura("crearUnidadMedida", 201, () -> {
                    String cuerpo = "{\"clave\": \"" + claveNueva("M") + "\", \"nombre\": \"UNIDAD DE PRUEBA\"}";
                    return s -> s.body(cuerpo).post("/unidades-medida");
                }),
                escritura("retirarUnidadMedida", 200, () -> {
                    String medida = referencia("/unidades-medida", claveNueva("M"), null);
                    return s -> s.post("/unidades-medida/{clave}/retiro", medida);
                }));
    }

    private static String referencia(String catalogo, String nueva, String ramo) {
        api().body("{\"clave\": \"" + nueva + "\", \"nombre\": \"ENTRADA DE PRUEBA\""
                + (ramo == null ? "" : ", \"ramo\": \"" + ramo + "\"") + "}").post(catalogo).then().statusCode(201);
        return nueva;
    }

    private static Set<String> operacionesDelContrato() {
        String contrato = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        return new TreeSet<>(JsonPath.from(contrato).getList("paths.collect { it.value.collect { it.value.operationId } }.flatten()",
                String.class));
    }

    private record Operacion(String id, boolean escribe, int exito, Supplier<Function<RequestSpecification, Response>> preparar) {
    }

    private static Operacion lectura(String id, int exito, Function<RequestSpecification, Response> peticion) {
        return new Operacion(id, false, exito, () -> peticion);
    }

    private static Operacion escritura(String id, int exito, Supplier<Function<RequestSpecification, Response>> preparar) {
        return new Operacion(id, true, exito, preparar);
    }

    /** Who calls; the invalid tokens carry admin-catalogo, the role that could otherwise do anything. */
    private enum Llamante {
        CAPTURISTA_UR_PROPIA(Token.ROL_CAPTURISTA, UR_PROPIA),
        CAPTURISTA_OTRA_UR(Token.ROL_CAPTURISTA, "999"),
        VALIDADOR(Token.ROL_VALIDADOR, null),
        ADMIN_CATALOGO(Token.ROL_ADMIN_CATALOGO, null),
        CONSULTA(Token.ROL_CONSULTA, null),
        SIN_TOKEN(null, null),
        TOKEN_EXPIRADO(Token.ROL_ADMIN_CATALOGO, null),
        FIRMA_AJENA(Token.ROL_ADMIN_CATALOGO, null),
        OTRO_EMISOR(Token.ROL_ADMIN_CATALOGO, null);

        private final String rol;
        private final String ur;
        /** Signed on first use and kept: RSA signing, and the untrusted key pair, cost more than the request. */
        private String token;

        Llamante(String rol, String ur) {
            this.rol = rol;
            this.ur = ur;
        }

        RequestSpecification peticion() {
            if (this == SIN_TOKEN) {
                return sinToken();
            }
            if (token == null) {
                String sujeto = "matriz." + name().toLowerCase();
                token = switch (this) {
                    case TOKEN_EXPIRADO -> ClavesDePrueba.expirado(sujeto, rol, ur);
                    case FIRMA_AJENA -> ClavesDePrueba.firmaAjena(sujeto, rol, ur);
                    case OTRO_EMISOR -> ClavesDePrueba.otroEmisor(sujeto, rol, ur);
                    default -> ClavesDePrueba.token(sujeto, rol, ur);
                };
            }
            return api(token);
        }

        /** 200 stands for the operation's own success code. */
        int estado(Operacion operacion) {
            return switch (this) {
                case SIN_TOKEN, TOKEN_EXPIRADO, FIRMA_AJENA, OTRO_EMISOR -> 401;
                case ADMIN_CATALOGO -> 200;
                default -> operacion.escribe() ? 403 : 200;
            };
        }
    }
}
