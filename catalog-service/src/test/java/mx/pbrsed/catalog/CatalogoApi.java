package mx.pbrsed.catalog;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;

/**
 * The catalog's REST API as the tests drive it, with the seed's program document
 * (deploy/demo/documento-e011-2023.json, which the demo load imports) as the starting point of
 * every request, so the seed stays loadable.
 */
public final class CatalogoApi {
    public static final int EJERCICIO = 2023;
    public static final String PROBLEM_JSON = "application/problem+json";
    /** The subject of the administrator's token most tests write with, as the audit fields show it. */
    public static final String ADMIN = "admin.catalogo";

    private static final Path DOCUMENTO = Path.of("..", "deploy", "demo", "documento-e011-2023.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger SECUENCIA = new AtomicInteger();
    private static final RestAssuredConfig DECIMALES = RestAssured.config().jsonConfig(
            JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private CatalogoApi() {
    }

    /** A programa clave unused in this run; the database is cleaned once, when Quarkus starts. */
    public static String claveNueva(String prefijo) {
        return prefijo + SECUENCIA.incrementAndGet();
    }

    /** JSON request as the catalog's administrator, whose numbers come back as BigDecimal, as the API models them. */
    public static RequestSpecification api() {
        return api(TokenAdmin.TOKEN);
    }

    /** The same request with another token. */
    public static RequestSpecification api(String token) {
        return sinToken().auth().oauth2(token);
    }

    /** The same request as another administrator, to tell authors apart. */
    public static RequestSpecification comoAdmin(String sujeto) {
        return api(ClavesDePrueba.token(sujeto, Token.ROL_ADMIN_CATALOGO, null));
    }

    public static RequestSpecification sinToken() {
        return given().config(DECIMALES).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The seed's program document, a fresh copy each time; its numbers read as BigDecimal, as written. */
    public static ObjectNode documento() {
        try {
            return (ObjectNode) JSON.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(DOCUMENTO.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed's document for another programa clave. */
    public static ObjectNode documento(String clave) {
        ObjectNode documento = documento();
        ((ObjectNode) documento.get("programa")).put("clave", clave);
        return documento;
    }

    public static ObjectNode programa(String clave) {
        return ((ObjectNode) documento().get("programa")).put("clave", clave);
    }

    public static void crearPrograma(String clave) {
        api().body(programa(clave).toString()).post("/programas").then().statusCode(201);
    }

    /** The seed's FIN or PROPOSITO objective (without its indicators), or a made-up one of another nivel. */
    public static ObjectNode objetivo(String nivel) {
        return switch (nivel) {
            case "FIN", "PROPOSITO" -> {
                ObjectNode objetivo = objetivoDelDocumento(documento(), nivel);
                objetivo.remove("indicadores");
                yield objetivo;
            }
            default -> JSON.createObjectNode().put("nivel", nivel)
                    .put("resumenNarrativo", "OBJETIVO DE NIVEL " + nivel + " DE PRUEBA.");
        };
    }

    public static ObjectNode actividad(UUID componenteId) {
        return objetivo("ACTIVIDAD").put("padreId", componenteId.toString());
    }

    public static ValidatableResponse postObjetivo(String clave, ObjectNode objetivo) {
        return api().body(objetivo.toString()).post("/programas/{ejercicio}/{clave}/objetivos", EJERCICIO, clave).then();
    }

    public static UUID agregarObjetivo(String clave, ObjectNode objetivo) {
        return UUID.fromString(postObjetivo(clave, objetivo).statusCode(201).extract().path("id"));
    }

    /** One of the seed's fichas (FIN-1, PROPOSITO-1) as POST /indicadores takes it, hung from objetivoId. */
    public static ObjectNode ficha(String clave, UUID objetivoId) {
        for (JsonNode objetivo : documento().get("objetivos")) {
            for (JsonNode indicador : objetivo.get("indicadores")) {
                if (clave.equals(indicador.get("clave").asText())) {
                    ObjectNode ficha = (ObjectNode) indicador;
                    // several tests register the same ficha under one program: each gets a clave of its own
                    ficha.remove("clave");
                    return ficha.put("objetivoId", objetivoId.toString());
                }
            }
        }
        throw new IllegalArgumentException("El documento del semillero no tiene el indicador " + clave);
    }

    /** The objective of the document with that clave. */
    public static ObjectNode objetivoDelDocumento(ObjectNode documento, String clave) {
        for (JsonNode objetivo : documento.get("objetivos")) {
            if (clave.equals(objetivo.get("clave").asText())) {
                return (ObjectNode) objetivo;
            }
        }
        throw new IllegalArgumentException("El documento no tiene el objetivo " + clave);
    }

    public static UUID crearIndicador(ObjectNode ficha) {
        return UUID.fromString(api().body(ficha.toString()).post("/indicadores").then().statusCode(201)
                .extract().path("id"));
    }

    public static List<String> idsDeIndicadores(String clave) {
        return api().get("/programas/{ejercicio}/{clave}/indicadores", EJERCICIO, clave)
                .then().statusCode(200).extract().jsonPath().getList("id", String.class);
    }

    /** RFC 9457 problem details with the fields every problem carries. */
    public static ValidatableResponse esProblema(ValidatableResponse respuesta, int estado, String tipo, String instancia) {
        String cuerpo = respuesta.extract().asString();
        assertThat(cuerpo).as("no internals in a problem")
                .doesNotContain("mx.pbrsed", "java.", "com.fasterxml", "Exception", "at [Source");
        return respuesta.statusCode(estado)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", equalTo("https://pbrsed.mx/problemas/" + tipo))
                .body("title", not(equalTo("")))
                .body("status", equalTo(estado))
                .body("detail", not(equalTo("")))
                .body("instance", equalTo(instancia));
    }

    /** Signed once per run (an hour's validity outlasts it): most requests carry it. */
    private static final class TokenAdmin {
        static final String TOKEN = ClavesDePrueba.token(ADMIN, Token.ROL_ADMIN_CATALOGO, null);
    }

    /** Ranges as "COLOR desde hasta" (or "COLOR desde" when open-ended), whatever the numbers' scale. */
    public static List<String> rangos(List<Map<String, Object>> rangos) {
        return rangos.stream().map(r -> r.get("color") + " " + numero(r.get("desde"))
                + (r.get("hasta") == null ? "" : " " + numero(r.get("hasta")))).toList();
    }

    private static String numero(Object valor) {
        return new BigDecimal(valor.toString()).stripTrailingZeros().toPlainString();
    }
}
