package mx.pbrsed.evaluation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.arc.ArcUndeclaredThrowableException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import mx.pbrsed.evaluation.rest.model.Problema;
import mx.pbrsed.evaluation.rest.model.Problema.ErrorCampo;
import mx.pbrsed.evaluation.service.FallasTransitorias;
import mx.pbrsed.evaluation.service.RecursoNoEncontradoException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns each expected failure into RFC 9457 problem details. There is deliberately no
 * catch-all: an unexpected exception stays a bare 500 without internals in its body.
 */
public class ProblemaMappers {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String TIPO_BASE = "https://pbrsed.mx/problemas/";
    /** About what a PostgreSQL restart takes. */
    private static final int SEGUNDOS_PARA_REINTENTAR = 5;

    @ServerExceptionMapper
    public Response validacion(ConstraintViolationException e, UriInfo uri) {
        List<ErrorCampo> errores = e.getConstraintViolations().stream()
                .map(v -> new ErrorCampo(campo(v), v.getMessage()))
                .sorted((a, b) -> a.campo().compareTo(b.campo()))
                .toList();
        return respuesta(400, "validacion", "Datos inválidos", "La solicitud tiene campos inválidos.", uri, errores);
    }

    @ServerExceptionMapper
    public Response parametroInvalido(ParametroInvalidoException e, UriInfo uri) {
        return respuesta(400, "validacion", "Datos inválidos", "La solicitud tiene campos inválidos.", uri,
                List.of(new ErrorCampo(e.campo(), e.getMessage())));
    }

    /**
     * No token, or one that is expired, badly signed or from another issuer. With proactive
     * authentication off, both reach the REST layer, so they answer like every other error; which
     * check failed is not told to the caller.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response noAutenticado(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respuesta(401, "no-autenticado", "No autenticado",
                        "Se necesita un token Bearer vigente, firmado por el emisor de confianza.", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response prohibido(ForbiddenException e, UriInfo uri) {
        return respuesta(403, "prohibido", "Prohibido", "El token no tiene un rol que permita esta operación.", uri,
                List.of());
    }

    @ServerExceptionMapper
    public Response noEncontrado(RecursoNoEncontradoException e, UriInfo uri) {
        return respuesta(404, "no-encontrado", "No encontrado", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response jsonInvalido(JsonProcessingException e, UriInfo uri) {
        return respuesta(400, "json-invalido", "Cuerpo JSON inválido", detalleJson(e), uri, List.of());
    }

    /**
     * Unknown fields and invalid values; quarkus-rest-jackson has its own mapper for this subtype,
     * which answers plain JSON naming Java classes, so it needs one of ours to win.
     */
    @ServerExceptionMapper
    public Response entradaJsonInvalida(MismatchedInputException e, UriInfo uri) {
        return jsonInvalido(e, uri);
    }

    /**
     * The database is away for a moment (PostgreSQL restarting, no connection free within the
     * pool's acquisition timeout): 503 with Retry-After, so a client retries instead of reporting a
     * fault. Any other persistence failure stays a bare 500, logged as an unmapped one would be.
     */
    @ServerExceptionMapper({PersistenceException.class, ArcUndeclaredThrowableException.class})
    public Response baseDeDatos(RuntimeException e, UriInfo uri) {
        if (!FallasTransitorias.es(e)) {
            Log.error("Request failed", e);
            return Response.serverError().build();
        }
        Log.warnf("%s answered 503: database unavailable (%s)", uri.getPath(), FallasTransitorias.causa(e));
        return Response.fromResponse(respuesta(503, "servicio-no-disponible", "Servicio no disponible",
                        "La base de datos no está disponible por un momento; reintente en unos segundos.", uri, List.of()))
                .header(HttpHeaders.RETRY_AFTER, SEGUNDOS_PARA_REINTENTAR)
                .build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps a syntax error in a bare 400; the cause says where it is.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonInvalido(json, uri);
        }
        // A path or query value that does not convert (trimestre=abc, a malformed id) is a 404 for
        // JAX-RS, yet the resource exists: the request is what is wrong.
        if (e instanceof NotFoundException && e.getCause() != null) {
            return respuesta(400, "validacion", "Datos inválidos",
                    "Un parámetro de la ruta o de la consulta no tiene el formato esperado.", uri, List.of());
        }
        var estado = e.getResponse().getStatusInfo();
        return respuesta(estado.getStatusCode(), "http-" + estado.getStatusCode(), estado.getReasonPhrase(),
                estado.getReasonPhrase(), uri, List.of());
    }

    /** Jackson's own messages name Java classes; this says the same in the API's terms. */
    private static String detalleJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "Campo desconocido '" + ruta(u) + "'.";
        }
        if (e instanceof InvalidFormatException f) {
            String detalle = "Valor inválido " + f.getValue() + " en '" + ruta(f) + "'.";
            if (f.getTargetType() != null && f.getTargetType().isEnum()) {
                detalle += " Valores permitidos: " + Arrays.stream(f.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", ")) + ".";
            }
            return detalle;
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "Valor inválido en '" + ruta(m) + "'.";
        }
        var ubicacion = e.getLocation();
        return ubicacion == null ? "JSON mal formado."
                : "JSON mal formado en la línea " + ubicacion.getLineNr() + ", columna " + ubicacion.getColumnNr() + ".";
    }

    private static String ruta(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Drops the method and parameter names that lead a bean-validation path. */
    private static String campo(ConstraintViolation<?> v) {
        List<Path.Node> nodos = StreamSupport.stream(v.getPropertyPath().spliterator(), false).toList();
        return nodos.stream().skip(Math.min(2, nodos.size() - 1))
                .map(n -> posicion(n) != null ? "[" + posicion(n) + "]." + nombre(n) : nombre(n))
                .collect(Collectors.joining(".")).replace(".[", "[").replaceAll("\\.+$", "");
    }

    /** The list index or, for a map such as valores, the key: which variable was rejected. */
    private static Object posicion(Path.Node n) {
        return n.getIndex() != null ? n.getIndex() : n.getKey();
    }

    private static String nombre(Path.Node n) {
        // container elements are named "<list element>" by the validator
        return n.getName() == null || n.getName().startsWith("<") ? "" : n.getName();
    }

    private static Response respuesta(int estado, String tipo, String titulo, String detalle, UriInfo uri,
                                      List<ErrorCampo> errores) {
        var problema = new Problema(URI.create(TIPO_BASE + tipo), titulo, estado, detalle,
                URI.create(uri.getPath()), errores);
        return Response.status(estado).type(PROBLEM_JSON).entity(problema).build();
    }
}
