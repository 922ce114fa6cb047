package mx.pbrsed.catalog.rest;

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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import mx.pbrsed.catalog.domain.DefinicionInvalidaException;
import mx.pbrsed.catalog.domain.FormulaInvalidaException;
import mx.pbrsed.catalog.rest.model.Problema;
import mx.pbrsed.catalog.rest.model.Problema.ErrorCampo;
import mx.pbrsed.catalog.service.ConflictoException;
import mx.pbrsed.catalog.service.ErrorEnDocumentoException;
import mx.pbrsed.catalog.service.FallasTransitorias;
import mx.pbrsed.catalog.service.RecursoNoEncontradoException;
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
        return respuesta(400, "validacion", "Datos inválidos", "La solicitud tiene campos inválidos.", uri, errores).build();
    }

    @ServerExceptionMapper
    public Response parametroInvalido(ParametroInvalidoException e, UriInfo uri) {
        return respuesta(400, "validacion", "Datos inválidos", e.getMessage(), uri,
                List.of(new ErrorCampo(e.campo(), e.getMessage()))).build();
    }

    @ServerExceptionMapper
    public Response definicionInvalida(DefinicionInvalidaException e, UriInfo uri) {
        return definicionInvalida(e, "", uri);
    }

    @ServerExceptionMapper
    public Response formulaInvalida(FormulaInvalidaException e, UriInfo uri) {
        return formulaInvalida(e, "", uri);
    }

    /** The same problems, with the field located in the imported document. */
    @ServerExceptionMapper
    public Response errorEnDocumento(ErrorEnDocumentoException e, UriInfo uri) {
        return e.getCause() instanceof FormulaInvalidaException f
                ? formulaInvalida(f, e.ruta(), uri)
                : definicionInvalida((DefinicionInvalidaException) e.getCause(), e.ruta(), uri);
    }

    private static Response definicionInvalida(DefinicionInvalidaException e, String ruta, UriInfo uri) {
        return respuesta(422, "definicion-invalida", "Definición inválida", e.getMessage(), uri,
                List.of(new ErrorCampo(ruta + e.campo(), e.getMessage()))).build();
    }

    private static Response formulaInvalida(FormulaInvalidaException e, String ruta, UriInfo uri) {
        return respuesta(422, "formula-invalida", "Fórmula inválida", e.getMessage(), uri,
                List.of(new ErrorCampo(ruta + "metodoCalculo.expresion", e.getMessage(), e.posicion()))).build();
    }

    @ServerExceptionMapper
    public Response noEncontrado(RecursoNoEncontradoException e, UriInfo uri) {
        return respuesta(404, "no-encontrado", "No encontrado", e.getMessage(), uri, List.of()).build();
    }

    @ServerExceptionMapper
    public Response conflicto(ConflictoException e, UriInfo uri) {
        return respuesta(409, "conflicto", "Conflicto", e.getMessage(), uri, List.of()).build();
    }

    @ServerExceptionMapper
    public Response jsonInvalido(JsonProcessingException e, UriInfo uri) {
        return respuesta(400, "json-invalido", "Cuerpo JSON inválido", detalleJson(e), uri, List.of()).build();
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
     * No token, or one that fails verification (signature, issuer, expiry, a missing claim). With
     * proactive authentication off, both surface here from the endpoint's role check.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response noAutenticado(SecurityException e, UriInfo uri) {
        String detalle = e instanceof UnauthorizedException
                ? "La solicitud requiere un token Bearer."
                : "El token no es válido: firma, emisor o vigencia no aceptados.";
        return respuesta(401, "no-autenticado", "No autenticado", detalle, uri, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response prohibido(ForbiddenException e, UriInfo uri) {
        return respuesta(403, "prohibido", "Prohibido", "El rol del token no permite esta operación.", uri, List.of()).build();
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
        return respuesta(503, "servicio-no-disponible", "Servicio no disponible",
                "La base de datos no está disponible por un momento; reintente en unos segundos.", uri, List.of())
                .header(HttpHeaders.RETRY_AFTER, SEGUNDOS_PARA_REINTENTAR).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps a syntax error in a bare 400; the cause says where it is.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonInvalido(json, uri);
        }
        var estado = e.getResponse().getStatusInfo();
        return respuesta(estado.getStatusCode(), "http-" + estado.getStatusCode(), estado.getReasonPhrase(),
                estado.getReasonPhrase(), uri, List.of()).build();
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

    private static Response.ResponseBuilder respuesta(int estado, String tipo, String titulo, String detalle, UriInfo uri,
                                                      List<ErrorCampo> errores) {
        return Response.status(estado).type(PROBLEM_JSON).entity(problema(estado, tipo, titulo, detalle, uri.getPath(), errores));
    }

    static Problema problema(int estado, String tipo, String titulo, String detalle, String ruta, List<ErrorCampo> errores) {
        return new Problema(URI.create(TIPO_BASE + tipo), titulo, estado, detalle, URI.create(ruta), errores);
    }
}
