package mx.pbrsed.capture.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
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
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import mx.pbrsed.capture.rest.model.Problema;
import mx.pbrsed.capture.rest.model.Problema.ErrorCampo;
import mx.pbrsed.capture.domain.CalendarioRechazadoException;
import mx.pbrsed.capture.domain.CapturaRechazadaException;
import mx.pbrsed.capture.domain.EvidenciaRechazadaException;
import mx.pbrsed.capture.domain.TransicionNoPermitidaException;
import mx.pbrsed.capture.service.FallasTransitorias;
import mx.pbrsed.capture.service.IdempotenciaConflictoException;
import mx.pbrsed.capture.service.IdempotenciaService;
import mx.pbrsed.capture.service.LoteRechazadoException;
import mx.pbrsed.capture.service.RecursoNoEncontradoException;
import mx.pbrsed.capture.service.UnidadAjenaException;
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
    public Response capturaRechazada(CapturaRechazadaException e, UriInfo uri) {
        return respuesta(422, "captura-rechazada", "Captura rechazada", e.getMessage(), uri,
                List.of(new ErrorCampo(e.campo(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response calendarioRechazado(CalendarioRechazadoException e, UriInfo uri) {
        return respuesta(422, "calendario-rechazado", "Calendario rechazado", e.getMessage(), uri,
                e.rechazos().stream().map(r -> new ErrorCampo(r.campo(), r.mensaje())).toList());
    }

    @ServerExceptionMapper
    public Response transicionNoPermitida(TransicionNoPermitidaException e, UriInfo uri) {
        return respuesta(409, "transicion-no-permitida", "Transición no permitida", e.getMessage(), uri,
                List.of(new ErrorCampo("estado", e.getMessage())));
    }

    @ServerExceptionMapper
    public Response evidenciaRechazada(EvidenciaRechazadaException e, UriInfo uri) {
        int estado = switch (e.motivo()) {
            case NOMBRE -> 400;
            case TIPO -> 415;
            case TAMANO -> 413;
            case CONTENIDO -> 422;
        };
        return respuesta(estado, "evidencia-rechazada", "Evidencia rechazada", e.getMessage(), uri,
                List.of(new ErrorCampo(e.campo(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response loteRechazado(LoteRechazadoException e, UriInfo uri) {
        return respuesta(422, "lote-rechazado", "Lote rechazado", e.getMessage(), uri,
                e.filas().stream().map(f -> new ErrorCampo(f.campo(), f.mensaje(), f.fila())).toList());
    }

    @ServerExceptionMapper
    public Response idempotenciaConflicto(IdempotenciaConflictoException e, UriInfo uri) {
        return respuesta(422, "idempotencia-conflicto", "Clave de idempotencia en conflicto", e.getMessage(), uri,
                List.of(new ErrorCampo(IdempotenciaService.CABECERA, e.getMessage())));
    }

    /** No token (Unauthorized) or one that is expired, forged or from another issuer (AuthenticationFailed). */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response noAutenticado(RuntimeException e, UriInfo uri) {
        return problema(401, "no-autenticado", "No autenticado", "Se requiere un token bearer vigente, firmado por el "
                + "emisor de confianza (cabecera Authorization: Bearer <JWT>).", uri, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response prohibido(ForbiddenException e, UriInfo uri) {
        return respuesta(403, "prohibido", "Prohibido", "Los roles del token no permiten esta operación.", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unidadAjena(UnidadAjenaException e, UriInfo uri) {
        return respuesta(403, "prohibido", "Prohibido", e.getMessage(), uri,
                e.ajenos().stream().map(a -> new ErrorCampo(a.campo(), a.mensaje(), a.fila())).toList());
    }

    @ServerExceptionMapper
    public Response noEncontrado(RecursoNoEncontradoException e, UriInfo uri) {
        return respuesta(404, "no-encontrado", "No encontrado", e.getMessage(), uri, List.of());
    }

    /**
     * The database is away for a moment (PostgreSQL restarting, no connection free within the
     * pool's acquisition timeout): 503 with Retry-After, so a client retries instead of reporting a
     * fault; nothing was accepted. Any other persistence failure stays a bare 500, logged as an
     * unmapped one would be.
     */
    @ServerExceptionMapper({PersistenceException.class, ArcUndeclaredThrowableException.class})
    public Response baseDeDatos(RuntimeException e, UriInfo uri) {
        if (!FallasTransitorias.es(e)) {
            Log.error("Request failed", e);
            return Response.serverError().build();
        }
        Log.warnf("%s answered 503: database unavailable (%s)", uri.getPath(), FallasTransitorias.causa(e));
        return problema(503, "servicio-no-disponible", "Servicio no disponible",
                "La base de datos no está disponible por un momento; reintente en unos segundos.", uri, List.of())
                .header(HttpHeaders.RETRY_AFTER, SEGUNDOS_PARA_REINTENTAR).build();
    }

    @ServerExceptionMapper
    public Response jsonInvalido(JsonProcessingException e, UriInfo uri) {
        String detalle = detalleJson(e);
        String campo = campoJson(e);
        return respuesta(400, "json-invalido", "Cuerpo JSON inválido", detalle, uri,
                campo == null || campo.isEmpty() ? List.of() : List.of(new ErrorCampo(campo, detalle)));
    }

    /**
     * Unknown fields and invalid values; quarkus-rest-jackson has its own mapper for this subtype,
     * which answers plain JSON naming Java classes, so it needs one of ours to win.
     */
    @ServerExceptionMapper
    public Response entradaJsonInvalida(MismatchedInputException e, UriInfo uri) {
        return jsonInvalido(e, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader wraps a syntax error in a bare 400; the cause says where it is.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonInvalido(json, uri);
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
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty() && m.getTargetType() != null
                && Number.class.isAssignableFrom(m.getTargetType())) {
            return "Valor inválido en '" + ruta(m) + "': se espera un número JSON, no texto.";
        }
        String campo = campoJson(e);
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty() && !(e.getCause() instanceof JsonParseException)) {
            return "Valor inválido en '" + campo + "'.";
        }
        var ubicacion = e.getLocation();
        String donde = campo == null ? "" : " en '" + campo + "'";
        // NaN, Infinity and other tokens that are not JSON numbers end here
        return ubicacion == null ? "JSON mal formado" + donde + "."
                : "JSON mal formado" + donde + " (línea " + ubicacion.getLineNr() + ", columna " + ubicacion.getColumnNr() + ").";
    }

    /** The field a JSON failure is about, named as bean validation names it; null if unknown. */
    private static String campoJson(JsonProcessingException e) {
        String segunMapeo = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? ruta(m) : null;
        // a malformed token inside a map is reported at the map: the parser still knows the key
        String segunParser = e.getProcessor() instanceof JsonParser p && !p.getParsingContext().inRoot()
                ? ruta(p.getParsingContext()) : null;
        if (segunMapeo != null && segunParser != null) {
            return segunParser.startsWith(segunMapeo) ? segunParser : segunMapeo;
        }
        return segunMapeo != null ? segunMapeo : segunParser;
    }

    private static String ruta(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                        : r.getFrom() instanceof Map ? "[" + r.getFieldName() + "]" : "." + r.getFieldName())
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    /** The parser's position when the text itself is malformed; a key of a valores map is a variable. */
    private static String ruta(JsonStreamContext contexto) {
        Deque<String> partes = new ArrayDeque<>();
        for (JsonStreamContext c = contexto; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                partes.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                boolean variable = c.getParent() != null && "valores".equals(c.getParent().getCurrentName());
                partes.push(variable ? "[" + c.getCurrentName() + "]" : "." + c.getCurrentName());
            }
        }
        return String.join("", partes).replaceFirst("^\\.", "");
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
        return problema(estado, tipo, titulo, detalle, uri, errores).build();
    }

    private static Response.ResponseBuilder problema(int estado, String tipo, String titulo, String detalle, UriInfo uri,
                                                     List<ErrorCampo> errores) {
        var problema = new Problema(URI.create(TIPO_BASE + tipo), titulo, estado, detalle,
                URI.create(uri.getPath()), errores);
        return Response.status(estado).type(PROBLEM_JSON).entity(problema);
    }
}
