package mx.pbrsed.capture.rest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Requests to POST /capturas as a capturer would send them. */
final class Capturas {
    static final Duration ESPERA = Duration.ofSeconds(20);
    // decimals stay BigDecimal, with their scale, as the service writes them
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private Capturas() {
    }

    static Map<String, Object> cuerpo(UUID indicadorId, int ejercicio, int trimestre, Map<String, ?> valores) {
        var cuerpo = new LinkedHashMap<String, Object>();
        cuerpo.put("indicadorId", indicadorId);
        cuerpo.put("ejercicio", ejercicio);
        cuerpo.put("trimestre", trimestre);
        cuerpo.put("valores", valores);
        cuerpo.put("analisisLogro", "Se realizaron los programas previstos.");
        cuerpo.put("justificacionVariacion", null);
        cuerpo.put("preliminar", false);
        return cuerpo;
    }

    /** As IPAM's capturista, {@link Tokens#CAPTURISTA}. */
    static Response registrar(Map<String, Object> cuerpo) {
        return registrar(Tokens.capturista(), cuerpo);
    }

    static Response registrar(RequestSpecification como, Map<String, Object> cuerpo) {
        return como.contentType(ContentType.JSON).body(cuerpo).when().post("/capturas");
    }

    /** As the validator, {@link Tokens#VALIDADOR}. */
    static Response revisar(UUID indicadorId, int ejercicio, int trimestre, String accion, Map<String, ?> cuerpo) {
        return Tokens.validador().contentType(ContentType.JSON).body(cuerpo).when()
                .post("/capturas/{id}/{ejercicio}/{trimestre}/" + accion, indicadorId, ejercicio, trimestre);
    }

    static Response versiones(UUID indicadorId, int ejercicio, int trimestre) {
        return Tokens.consulta().when().get("/capturas/{id}/{ejercicio}/{trimestre}", indicadorId, ejercicio, trimestre);
    }

    /**
     * Waits until the replica knows the indicator, probing as a capturista of its unidad
     * responsable with another ejercicio, so that the probe is rejected either way and stores nothing.
     * Retries only while the answer is the replica's "not yet" (409 indicador-no-replicado).
     */
    static void esperarReplica(Catalogo.Definicion definicion) {
        int otroEjercicio = definicion.ejercicio() == 2100 ? 2099 : definicion.ejercicio() + 1;
        var sonda = cuerpo(definicion.id(), otroEjercicio, 4, Map.of());
        var capturista = Tokens.capturista(Tokens.CAPTURISTA, definicion.unidadResponsable());
        await().atMost(ESPERA).until(() -> registrar(capturista, sonda), r -> !noReplicado(r)).then()
                .statusCode(422)
                .body("type", equalTo("https://pbrsed.mx/problemas/captura-rechazada"));
    }

    /** The replica does not have the indicator yet: the one answer worth retrying after Retry-After. */
    static boolean noReplicado(Response respuesta) {
        return respuesta.statusCode() == 409
                && "https://pbrsed.mx/problemas/indicador-no-replicado".equals(respuesta.path("type"));
    }

    static JsonNode json(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(texto, e);
        }
    }
}
