package mx.pbrsed.platform.pruebas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays the examples of a served OpenAPI document against the service, so that what the frontend
 * team reads is what the service answers.
 *
 * <p>The pairing convention: within one operation, the example NAME ties a request to the answer it
 * leads to. A response example named {@code N}, defined in the operation itself (the shared error
 * answers under {@code components.responses} document problems in general, not one request), makes a
 * case whose body is the request body's example {@code N} and whose parameters take their example
 * {@code N} (else their single {@code example}). The case expects the status of the response that
 * holds {@code N} and a body of the documented shape: the same fields with the same JSON types,
 * recursively (values differ: identifiers, timestamps), or for a problem the same {@code status} and
 * {@code type}. A request body example whose name leads to no response example is a broken pairing
 * and fails {@link #casos(String)}: every request example is replayed.
 */
public final class EjemplosDeOpenApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Writes before reads, so a replay can create what a later read of the same path finds. */
    private static final List<String> METODOS = List.of("post", "put", "patch", "get", "head", "delete");

    private EjemplosDeOpenApi() {
    }

    /** The cases of the document the running application serves (RestAssured's current port). */
    public static List<Caso> casos() {
        String documento = RestAssured.given().accept("application/json").queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        return casos(documento);
    }

    /** The cases of one OpenAPI 3 document in JSON, in path order and, per path, writes first. */
    public static List<Caso> casos(String documentoJson) {
        JsonNode documento = leer(documentoJson);
        List<Caso> casos = new ArrayList<>();
        List<String> sinRespuesta = new ArrayList<>();
        documento.path("paths").fields().forEachRemaining(ruta -> METODOS.forEach(metodo -> {
            JsonNode operacion = ruta.getValue().path(metodo);
            if (!operacion.isMissingNode()) {
                casosDe(documento, ruta.getKey(), metodo, ruta.getValue(), operacion, casos, sinRespuesta);
            }
        }));
        if (!sinRespuesta.isEmpty()) {
            throw new AssertionError("Request examples with no response example of the same name: " + sinRespuesta);
        }
        return casos;
    }

    private static void casosDe(JsonNode documento, String ruta, String metodo, JsonNode item, JsonNode operacion,
                                List<Caso> casos, List<String> sinRespuesta) {
        String operationId = operacion.path("operationId").asText(metodo.toUpperCase() + " " + ruta);
        Map<String, Respuesta> respuestas = respuestasConEjemplo(documento, operacion.path("responses"));
        JsonNode cuerpo = resolver(documento, operacion.path("requestBody")).path("content");
        cuerpo.fields().forEachRemaining(tipo -> tipo.getValue().path("examples").fieldNames().forEachRemaining(nombre -> {
            if (!respuestas.containsKey(nombre)) {
                sinRespuesta.add(operationId + "/" + nombre);
            }
        }));
        List<JsonNode> parametros = new ArrayList<>();
        item.path("parameters").forEach(parametros::add);
        operacion.path("parameters").forEach(parametros::add);
        respuestas.forEach((nombre, respuesta) -> {
            Map<String, Object> enRuta = new LinkedHashMap<>();
            Map<String, Object> enConsulta = new LinkedHashMap<>();
            Map<String, String> cabeceras = new LinkedHashMap<>();
            for (JsonNode referencia : parametros) {
                JsonNode parametro = resolver(documento, referencia);
                JsonNode valor = valorDeParametro(documento, parametro, nombre);
                if (valor == null) {
                    if ("path".equals(parametro.path("in").asText())) {
                        throw new AssertionError(operationId + "/" + nombre + ": no example for path parameter "
                                + parametro.path("name").asText());
                    }
                    continue;
                }
                String texto = valor.isTextual() ? valor.asText() : valor.toString();
                switch (parametro.path("in").asText()) {
                    case "path" -> enRuta.put(parametro.path("name").asText(), texto);
                    case "query" -> enConsulta.put(parametro.path("name").asText(), texto);
                    case "header" -> cabeceras.put(parametro.path("name").asText(), texto);
                    default -> {
                        // cookies: none of the services reads one
                    }
                }
            }
            String tipoCuerpo = null;
            String textoCuerpo = null;
            Iterator<Map.Entry<String, JsonNode>> tipos = cuerpo.fields();
            while (tipos.hasNext() && textoCuerpo == null) {
                Map.Entry<String, JsonNode> tipo = tipos.next();
                JsonNode ejemplo = tipo.getValue().path("examples").path(nombre);
                if (!ejemplo.isMissingNode()) {
                    JsonNode valor = resolver(documento, ejemplo).path("value");
                    tipoCuerpo = tipo.getKey();
                    textoCuerpo = valor.isTextual() ? valor.asText() : valor.toString();
                }
            }
            casos.add(new Caso(operationId, nombre, metodo.toUpperCase(), ruta, enRuta, enConsulta, cabeceras,
                    tipoCuerpo, textoCuerpo, respuesta.estado(), respuesta.tipo(), respuesta.valor()));
        });
    }

    /** Example name -> the answer documented for it, from the operation's own responses (lowest status first). */
    private static Map<String, Respuesta> respuestasConEjemplo(JsonNode documento, JsonNode respuestas) {
        Map<String, Respuesta> porNombre = new LinkedHashMap<>();
        List<Map.Entry<String, JsonNode>> ordenadas = new ArrayList<>();
        respuestas.fields().forEachRemaining(ordenadas::add);
        ordenadas.sort(Comparator.comparing(Map.Entry::getKey));
        for (Map.Entry<String, JsonNode> respuesta : ordenadas) {
            if (!respuesta.getKey().matches("\\d{3}") || respuesta.getValue().has("$ref")) {
                continue;
            }
            int estado = Integer.parseInt(respuesta.getKey());
            respuesta.getValue().path("content").fields().forEachRemaining(tipo ->
                    tipo.getValue().path("examples").fields().forEachRemaining(ejemplo -> porNombre.putIfAbsent(
                            ejemplo.getKey(), new Respuesta(estado, tipo.getKey(),
                                    resolver(documento, ejemplo.getValue()).path("value")))));
        }
        return porNombre;
    }

    private static JsonNode valorDeParametro(JsonNode documento, JsonNode parametro, String nombre) {
        JsonNode propio = parametro.path("examples").path(nombre);
        if (!propio.isMissingNode()) {
            return resolver(documento, propio).path("value");
        }
        if (parametro.has("example")) {
            return parametro.get("example");
        }
        return null;
    }

    /** Follows a local {@code $ref} ({@code #/components/...}); any other node is returned as is. */
    private static JsonNode resolver(JsonNode documento, JsonNode nodo) {
        JsonNode actual = nodo;
        for (int saltos = 0; actual.has("$ref") && saltos < 8; saltos++) {
            String referencia = actual.get("$ref").asText();
            if (!referencia.startsWith("#/")) {
                throw new AssertionError("Only local references are replayed: " + referencia);
            }
            actual = documento.at(referencia.substring(1));
            if (actual.isMissingNode()) {
                throw new AssertionError("Dangling reference " + referencia);
            }
        }
        return actual;
    }

    private static JsonNode leer(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    private record Respuesta(int estado, String tipo, JsonNode valor) {
    }

    /**
     * One request example and the answer it should get.
     *
     * @param tipoCuerpo    media type of the body, null when the operation sends none
     * @param tipoRespuesta media type the answer is documented with
     * @param esperado      the documented answer (a missing node when the example has no value)
     */
    public record Caso(String operationId, String nombre, String metodo, String ruta, Map<String, Object> parametrosRuta,
                       Map<String, Object> parametrosConsulta, Map<String, String> cabeceras, String tipoCuerpo,
                       String cuerpo, int estado, String tipoRespuesta, JsonNode esperado) {

        /**
         * Sends the request over {@code solicitud}, which carries what the case cannot know (the token).
         * The body goes as UTF-8 bytes with the documented media type: RestAssured would encode a text
         * body as ISO-8859-1 for text/csv and refuse one for a file type.
         */
        public Response enviar(RequestSpecification solicitud) {
            RequestSpecification completa = solicitud.pathParams(parametrosRuta).queryParams(parametrosConsulta)
                    .headers(cabeceras);
            if (cuerpo != null) {
                // the caller's own config is kept: only the charset RestAssured would append to text types changes
                RestAssuredConfig propia = ((FilterableRequestSpecification) completa).getConfig();
                RestAssuredConfig base = propia == null ? RestAssured.config() : propia;
                completa = completa.config(base.encoderConfig(base.getEncoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                        .contentType(tipoCuerpo).body(cuerpo.getBytes(StandardCharsets.UTF_8));
            }
            return completa.request(metodo, ruta);
        }

        public void verificar(Response respuesta) {
            verificar(respuesta.statusCode(), respuesta.contentType(), respuesta.asString());
        }

        /** @throws AssertionError naming every difference between the answer and the documented one */
        public void verificar(int estadoReal, String tipoReal, String cuerpoReal) {
            String caso = this + ": ";
            if (estadoReal != estado) {
                throw new AssertionError(caso + "status " + estadoReal + ", documented " + estado + "; body " + recorte(cuerpoReal));
            }
            if (tipoReal == null || !tipoReal.startsWith(tipoRespuesta)) {
                throw new AssertionError(caso + "content type " + tipoReal + ", documented " + tipoRespuesta);
            }
            if (esperado.isMissingNode() || esperado.isNull()) {
                return;
            }
            List<String> diferencias = new ArrayList<>();
            if (tipoRespuesta.contains("json")) {
                JsonNode real = leer(cuerpoReal);
                if (tipoRespuesta.startsWith("application/problem+json")) {
                    mismoValor(esperado, real, "status", diferencias);
                    mismoValor(esperado, real, "type", diferencias);
                } else {
                    compararForma(esperado, real, "$", diferencias);
                }
            } else if (esperado.isTextual()) {
                String primera = primeraLinea(esperado.asText());
                if (!primeraLinea(cuerpoReal).equals(primera)) {
                    diferencias.add("first line '" + primeraLinea(cuerpoReal) + "', documented '" + primera + "'");
                }
            }
            if (!diferencias.isEmpty()) {
                throw new AssertionError(caso + "the answer differs from the documented one: " + diferencias
                        + "; body " + recorte(cuerpoReal));
            }
        }

        @Override
        public String toString() {
            return operationId + " / " + nombre;
        }
    }

    /** Same fields with the same JSON types; a documented null accepts any value or none. */
    static void compararForma(JsonNode esperado, JsonNode real, String camino, List<String> diferencias) {
        if (esperado.isNull() || real.isNull()) {
            return;
        }
        if (esperado.getNodeType() != real.getNodeType()) {
            diferencias.add(camino + " is " + real.getNodeType() + ", documented " + esperado.getNodeType());
        } else if (esperado.isObject()) {
            esperado.fields().forEachRemaining(campo -> {
                JsonNode valor = real.get(campo.getKey());
                if (valor == null) {
                    if (!campo.getValue().isNull()) {
                        diferencias.add(camino + "." + campo.getKey() + " is missing");
                    }
                } else {
                    compararForma(campo.getValue(), valor, camino + "." + campo.getKey(), diferencias);
                }
            });
            real.fields().forEachRemaining(campo -> {
                if (!esperado.has(campo.getKey()) && !campo.getValue().isNull()) {
                    diferencias.add(camino + "." + campo.getKey() + " is not documented");
                }
            });
        } else if (esperado.isArray() && !esperado.isEmpty() && !real.isEmpty()) {
            compararForma(esperado.get(0), real.get(0), camino + "[0]", diferencias);
        }
    }

    private static void mismoValor(JsonNode esperado, JsonNode real, String campo, List<String> diferencias) {
        if (!esperado.path(campo).equals(real.path(campo))) {
            diferencias.add(campo + " " + real.path(campo) + ", documented " + esperado.path(campo));
        }
    }

    private static String primeraLinea(String texto) {
        String sinBom = texto.startsWith("\uFEFF") ? texto.substring(1) : texto;
        int fin = sinBom.indexOf('\n');
        return (fin < 0 ? sinBom : sinBom.substring(0, fin)).stripTrailing();
    }

    private static String recorte(String texto) {
        return texto.length() <= 400 ? texto : texto.substring(0, 400) + "...";
    }
}
