package mx.pbrsed.platform.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import mx.pbrsed.platform.http.Problema.ErrorCampo;
import mx.pbrsed.platform.json.TextoNoAdmitidoException;
import mx.pbrsed.platform.outbox.EventoDemasiadoGrandeException;
import mx.pbrsed.platform.persistencia.FallasTransitorias;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The failures every service shares, as RFC 9457 problems. Each service adds mappers for its own
 * domain exceptions with {@link Problemas}. The last mapper takes whatever nothing else did: it
 * answers a problem that names no class, statement or value, and logs the cause.
 */
public class ProblemaMappers {
    /** About what a PostgreSQL restart takes. */
    static final int SEGUNDOS_PARA_REINTENTAR_BASE = 5;
    private static final int LARGO_MAXIMO_VALOR_CITADO = 60;

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
        return respuesta(400, "validacion", "Datos inválidos", e.getMessage(), uri,
                List.of(new ErrorCampo(e.campo(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response noEncontrado(RecursoNoEncontradoException e, UriInfo uri) {
        return respuesta(404, "no-encontrado", "No encontrado", e.getMessage(), uri, List.of());
    }

    /**
     * No token, or one that fails verification (signature, issuer, expiry, a missing claim). With
     * proactive authentication off, both surface here from the endpoint's role check.
     */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response noAutenticado(RuntimeException e, UriInfo uri) {
        String detalle = e instanceof UnauthorizedException
                ? "La solicitud requiere un token Bearer (cabecera Authorization: Bearer <JWT>)."
                : "El token no es válido: firma, emisor o vigencia no aceptados.";
        return Problemas.respuesta(401, "no-autenticado", "No autenticado", detalle, uri.getPath(), List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response prohibido(ForbiddenException e, UriInfo uri) {
        return respuesta(403, "prohibido", "Prohibido", "Los roles del token no permiten esta operación.", uri, List.of());
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
        // A path or query value that does not convert (trimestre=abc, a malformed id) is a 404 for
        // JAX-RS, yet the resource exists: the request is what is wrong.
        if (e instanceof NotFoundException && e.getCause() != null) {
            return respuesta(400, "validacion", "Datos inválidos",
                    "Un parámetro de la ruta o de la consulta no tiene el formato esperado.", uri, List.of());
        }
        var estado = e.getResponse().getStatusInfo();
        int codigo = estado.getStatusCode();
        if (codigo >= 500) {
            Log.errorf(e, "%s answered %d", uri.getPath(), codigo);
        }
        return respuesta(codigo, "http-" + codigo, estado.getReasonPhrase(), estado.getReasonPhrase(), uri, List.of());
    }

    /**
     * The event this write would publish is larger than the broker takes: 413 like a too-large body,
     * since what the client sent (its texts) is what makes it so, and nothing was stored.
     */
    @ServerExceptionMapper
    public Response eventoDemasiadoGrande(EventoDemasiadoGrandeException e, UriInfo uri) {
        Log.infof("%s answered 413: %s", uri.getPath(), e.getMessage());
        return respuesta(413, "evento-demasiado-grande", "Contenido demasiado grande",
                "Lo enviado produce un evento de " + e.tamano() + " bytes y el máximo es " + e.maximo()
                        + "; acorte los textos. No se guardó nada.", uri, List.of());
    }

    /** The worker pool is full: the request was never run. */
    @ServerExceptionMapper
    public Response saturado(RejectedExecutionException e, UriInfo uri) {
        return Problemas.respuesta(503, "servicio-saturado", "Servicio saturado",
                        "El servicio atiende demasiadas solicitudes; reintente en un momento.", uri.getPath(), List.of())
                .header(HttpHeaders.RETRY_AFTER, 1).build();
    }

    /**
     * Whatever no other mapper took, classified by the database's own SQLState where there is one:
     * a transient failure (PostgreSQL restarting, no connection free within the pool's timeout) is a
     * 503 with Retry-After; a write that lost a race on a unique or foreign key is a 409; a value the
     * database refused (too long, out of range, a NUL) is a 400. Anything else is a 500 problem.
     * None says more than that: no class, statement or value reaches the client.
     */
    @ServerExceptionMapper
    public Response inesperada(Exception e, UriInfo uri) {
        if (FallasTransitorias.es(e)) {
            Log.warnf("%s answered 503: database unavailable (%s)", uri.getPath(), FallasTransitorias.causa(e));
            return Problemas.respuesta(503, "servicio-no-disponible", "Servicio no disponible",
                            "La base de datos no está disponible por un momento; reintente en unos segundos.",
                            uri.getPath(), List.of())
                    .header(HttpHeaders.RETRY_AFTER, SEGUNDOS_PARA_REINTENTAR_BASE).build();
        }
        String estado = FallasTransitorias.estadoSql(e);
        if ("23505".equals(estado) || "23503".equals(estado)) {
            Log.infof("%s answered 409: %s", uri.getPath(), FallasTransitorias.causa(e));
            return respuesta(409, "conflicto", "Conflicto",
                    "Otra solicitud cambió el mismo recurso al mismo tiempo; consulte su estado y reintente.", uri, List.of());
        }
        if (estado != null && (estado.startsWith("22") || "23502".equals(estado) || "23514".equals(estado))) {
            Log.warnf("%s answered 400: the database refused a value (%s)", uri.getPath(), FallasTransitorias.causa(e));
            return respuesta(400, "valor-no-admitido", "Valor no admitido",
                    "Un valor de la solicitud excede lo que el servicio puede guardar (longitud, rango o carácter).",
                    uri, List.of());
        }
        Log.errorf(e, "%s failed", uri.getPath());
        return respuesta(500, "error-interno", "Error interno",
                "El servicio no pudo completar la solicitud; no se guardó nada. Si persiste, informe la hora y la ruta.",
                uri, List.of());
    }

    /** Jackson's own messages name Java classes; this says the same in the API's terms. */
    private static String detalleJson(JsonProcessingException e) {
        if (e instanceof TextoNoAdmitidoException t) {
            return "Valor inválido en '" + ruta(t) + "': " + t.getOriginalMessage() + ".";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "Campo desconocido '" + ruta(u) + "'.";
        }
        if (e instanceof InvalidFormatException f) {
            String detalle = "Valor inválido " + citado(f.getValue()) + " en '" + ruta(f) + "'.";
            if (f.getTargetType() != null && f.getTargetType().isEnum()) {
                detalle += " Valores permitidos: " + Arrays.stream(f.getTargetType().getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", ")) + ".";
            }
            return detalle;
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty() && m.getTargetType() != null) {
            Class<?> tipo = m.getTargetType();
            if (Number.class.isAssignableFrom(tipo) || tipo == int.class || tipo == long.class || tipo == double.class) {
                return "Valor inválido en '" + ruta(m) + "': se espera un número JSON"
                        + (tipo == Integer.class || tipo == int.class || tipo == Long.class || tipo == long.class
                        ? " entero." : ", no texto.");
            }
            if (tipo == String.class) {
                return "Valor inválido en '" + ruta(m) + "': se espera texto JSON (entre comillas).";
            }
            if (tipo == Boolean.class || tipo == boolean.class) {
                return "Valor inválido en '" + ruta(m) + "': se espera true o false.";
            }
        }
        String campo = campoJson(e);
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty() && !(e.getCause() instanceof JsonParseException)) {
            return "Valor inválido en '" + campo + "'.";
        }
        String original = e.getOriginalMessage();
        if (original != null && original.startsWith("Duplicate field")) {
            return "Campo repetido" + (campo == null ? "" : " '" + campo + "'") + ": cada campo va una sola vez.";
        }
        var ubicacion = e.getLocation();
        String donde = campo == null ? "" : " en '" + campo + "'";
        // NaN, Infinity, invalid UTF-8 and other tokens that are not JSON end here
        return ubicacion == null ? "JSON mal formado" + donde + "."
                : "JSON mal formado" + donde + " (línea " + ubicacion.getLineNr() + ", columna " + ubicacion.getColumnNr() + ").";
    }

    /** A rejected value, short and printable: a client may have sent a megabyte or control characters. */
    private static String citado(Object valor) {
        return "'" + acotado(String.valueOf(valor)) + "'";
    }

    /** At most {@value #LARGO_MAXIMO_VALOR_CITADO} code points, control characters escaped, an ellipsis if cut. */
    private static String acotado(String texto) {
        StringBuilder limpio = new StringBuilder();
        texto.codePoints().limit(LARGO_MAXIMO_VALOR_CITADO).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE) {
                limpio.append(String.format("\\u%04X", c));
            } else {
                limpio.appendCodePoint(c);
            }
        });
        return limpio + (texto.codePointCount(0, texto.length()) > LARGO_MAXIMO_VALOR_CITADO ? "…" : "");
    }

    /** The field a JSON failure is about, named as bean validation names it; null if unknown. */
    private static String campoJson(JsonProcessingException e) {
        String segunMapeo = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? ruta(m) : null;
        // a malformed token inside a map is reported at the map: the parser still knows the key
        String segunParser = e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null
                && !p.getParsingContext().inRoot() ? ruta(p.getParsingContext()) : null;
        if (segunMapeo != null && segunParser != null) {
            return segunParser.startsWith(segunMapeo) ? segunParser : segunMapeo;
        }
        return segunMapeo != null ? segunMapeo : segunParser;
    }

    private static String ruta(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]"
                        : r.getFrom() instanceof Map ? "[" + acotado(r.getFieldName()) + "]" : "." + acotado(r.getFieldName()))
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
                String nombre = acotado(c.getCurrentName());
                partes.push(variable ? "[" + nombre + "]" : "." + nombre);
            }
        }
        return String.join("", partes).replaceFirst("^\\.", "");
    }

    /** Drops the method and parameter names that lead a bean-validation path. */
    private static String campo(ConstraintViolation<?> v) {
        List<Path.Node> nodos = StreamSupport.stream(v.getPropertyPath().spliterator(), false).toList();
        return nodos.stream().skip(Math.min(2, nodos.size() - 1))
                .map(n -> posicion(n) != null ? "[" + acotado(String.valueOf(posicion(n))) + "]." + nombre(n) : nombre(n))
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
        return Problemas.respuesta(estado, tipo, titulo, detalle, uri.getPath(), errores).build();
    }
}
