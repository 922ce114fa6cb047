package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.PROBLEM_JSON;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.sinToken;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The errors every endpoint shares, before its own rules run: a body that is not JSON, not the JSON
 * expected, too large or of another media type, and requests no operation matches. Each is a problem
 * (the endpoint-specific ones are in each resource's tests), never a bare status or a stack trace.
 */
@QuarkusTest
class ProblemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = UUID.randomUUID().toString();

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Every operation that reads a JSON body, as method and path. */
    static Stream<String> conCuerpo() {
        return Stream.of(
                "POST /programas",
                "PUT /programas/2023/E011",
                "POST /programas/2023/E011/objetivos",
                "PUT /programas/2023/E011/documento",
                "POST /indicadores",
                "PUT /indicadores/" + ID,
                "POST /indicadores/" + ID + "/retiro",
                "POST /ramos",
                "POST /unidades-responsables",
                "POST /unidades-medida");
    }

    @ParameterizedTest
    @MethodSource("conCuerpo")
    void unCuerpoQueNoEsJsonEsUn400(String operacion) {
        String ruta = ruta(operacion);
        esProblema(api().body("{\"clave\": ").request(metodo(operacion), ruta).then(), 400, "json-invalido", ruta);
        esProblema(api().body("[]").request(metodo(operacion), ruta).then(), 400, "json-invalido", ruta);
        esProblema(api().body("{\"campoQueNoExiste\": 1}").request(metodo(operacion), ruta).then(), 400, "json-invalido", ruta);
    }

    @ParameterizedTest
    @MethodSource("conCuerpo")
    void otroTipoDeContenidoEsUn415(String operacion) {
        String ruta = ruta(operacion);
        esProblema(api().contentType("text/csv").body("clave,nombre\n04,GOBERNACIÓN").request(metodo(operacion), ruta).then(),
                415, "http-415", ruta);
    }

    /** Quarkus refuses it from the announced length, before reading it; the client may still be sending. */
    @ParameterizedTest
    @MethodSource("conCuerpo")
    void unCuerpoDemasiadoGrandeEsUn413(String operacion) throws IOException {
        String ruta = ruta(operacion);
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((metodo(operacion) + " " + ruta + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 20000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            String respuesta = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(respuesta).startsWith("HTTP/1.1 413");
            assertThat(respuesta.toLowerCase(Locale.ROOT)).contains("content-type: " + PROBLEM_JSON);
            JsonNode problema = JSON.readTree(respuesta.substring(respuesta.indexOf("\r\n\r\n") + 4));
            assertThat(problema.get("type").asText()).isEqualTo("https://pbrsed.mx/problemas/demasiado-grande");
            assertThat(problema.get("status").asInt()).isEqualTo(413);
            assertThat(problema.get("title").asText()).isNotBlank();
            assertThat(problema.get("detail").asText()).contains("10485760");
            assertThat(problema.get("instance").asText()).isEqualTo(ruta);
        }
    }

    @Test
    void loQueNingunaOperacionAtiendeEsUnProblema() {
        esProblema(api().get("/catalogos").then(), 404, "http-404", "/catalogos");
        esProblema(api().delete("/ramos").then(), 405, "http-405", "/ramos");
        esProblema(api().accept("text/csv").get("/ramos").then(), 406, "http-406", "/ramos");
    }

    @Test
    void unParametroQueNoSeConvierteEsUnaSolicitudInvalidaNoUnRecursoInexistente() {
        esProblema(api().get("/indicadores/no-es-un-uuid").then(), 400, "validacion", "/indicadores/no-es-un-uuid");
        esProblema(api().get("/programas/dos-mil/E011").then(), 400, "validacion", "/programas/dos-mil/E011");
    }

    /**
     * The contract documents the rate-limit headers on the problems a counted request gets (400, 404,
     * 409, 422) and not on those answered before the limiter runs (401, 403, 415): both halves hold.
     */
    @Test
    void losProblemasDeUnaSolicitudContadaInformanSuLimite() {
        String limite = "RateLimit-Limit";
        String consulta = ClavesDePrueba.token("problemas.consulta", Token.ROL_CONSULTA, null);
        assertThat(api().get("/indicadores?size=0").header(limite)).as("400").isNotBlank();
        assertThat(api().get("/indicadores/" + UUID.randomUUID()).header(limite)).as("404").isNotBlank();
        assertThat(api().body("{\"clave\": \"04\", \"nombre\": \"GOBERNACIÓN\"}").post("/ramos").header(limite)).as("409")
                .isNotBlank();
        assertThat(api().body("{\"clave\": \"X9\", \"nombre\": \"M\", \"ramo\": \"04\"}").post("/unidades-medida")
                .header(limite)).as("422").isNotBlank();
        assertThat(sinToken().get("/ramos").header(limite)).as("401").isNull();
        assertThat(api(consulta).body("{}").post("/ramos").header(limite)).as("403").isNull();
        assertThat(api().contentType("text/csv").body("x").post("/ramos").header(limite)).as("415").isNull();
    }

    private static String metodo(String operacion) {
        return operacion.substring(0, operacion.indexOf(' '));
    }

    private static String ruta(String operacion) {
        return operacion.substring(operacion.indexOf(' ') + 1);
    }
}
