package mx.pbrsed.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing every request meets, before Quarkus reads its body or a resource runs. It refuses
 * at once, as problems, what no resource could accept: a body announced larger than the limit
 * (Quarkus would answer an empty 413 after reading it), a path or query with a control character or
 * a malformed percent-escape, and any request beyond the admitted concurrency (503 with Retry-After,
 * so a burst is shed instead of queuing until the heap is exhausted). It also turns the failures of
 * the HTTP layer itself (a body cut off, a limit hit while reading) into problems.
 * The /q/ endpoints (health, metrics, OpenAPI) are never shed: an orchestrator must still see the
 * service alive while it sheds load.
 */
@ApplicationScoped
public class BordeHttp {
    /** Quarkus's own body-size check is the route of order -2. */
    private static final int ANTES_DE_QUARKUS = -3;

    private final long limiteDeCuerpo;
    private final int maximoEnCurso;
    private final int segundosParaReintentar;
    private final ObjectMapper json;
    private final AtomicInteger enCurso = new AtomicInteger();

    /**
     * @param maximoEnCurso requests under way at once, beyond which a request is answered 503 at once
     *                      instead of queued: the heap is sized for this many of the largest admitted
     *                      requests (deploy/k8s/jvm.env)
     */
    public BordeHttp(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limite,
                     @ConfigProperty(name = "pbr.http.solicitudes-concurrentes", defaultValue = "48") int maximoEnCurso,
                     @ConfigProperty(name = "pbr.http.segundos-para-reintentar", defaultValue = "1") int segundosParaReintentar,
                     ObjectMapper json) {
        this.limiteDeCuerpo = limite.asLongValue();
        this.maximoEnCurso = maximoEnCurso;
        this.segundosParaReintentar = segundosParaReintentar;
        this.json = json;
    }

    void registrar(@Observes Router router) {
        router.route().order(ANTES_DE_QUARKUS).handler(this::admitir);
        router.route().order(ANTES_DE_QUARKUS).failureHandler(this::falloDelHttp);
    }

    /** Requests under way now; a metric and the tests read it. */
    public int enCurso() {
        return enCurso.get();
    }

    private void admitir(RoutingContext contexto) {
        String uri = contexto.request().uri();
        if (!escapesValidos(uri)) {
            responder(contexto, 400, "ruta-invalida", "Ruta inválida", "La ruta o la consulta tienen un carácter de "
                    + "control o un escape '%' mal formado.", false);
            return;
        }
        if (longitud(contexto.request().getHeader(HttpHeaders.CONTENT_LENGTH)) > limiteDeCuerpo) {
            // the body is never read: closing the connection once answered spares receiving what was refused
            responder(contexto, 413, "demasiado-grande", "Cuerpo demasiado grande",
                    "El cuerpo de la solicitud pasa del límite de " + limiteDeCuerpo + " bytes.", true);
            return;
        }
        if (contexto.request().path().startsWith("/q/")) {
            contexto.next();
            return;
        }
        if (enCurso.incrementAndGet() > maximoEnCurso) {
            enCurso.decrementAndGet();
            contexto.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(segundosParaReintentar));
            responder(contexto, 503, "servicio-saturado", "Servicio saturado",
                    "El servicio atiende demasiadas solicitudes; reintente en " + segundosParaReintentar + " s.", false);
            return;
        }
        contexto.addEndHandler(fin -> enCurso.decrementAndGet());
        contexto.next();
    }

    /** A route failed before a resource answered (Quarkus's body reader, a closed stream): a problem, not an empty body. */
    private void falloDelHttp(RoutingContext contexto) {
        if (contexto.response().headWritten() || contexto.response().closed()) {
            contexto.next();
            return;
        }
        int estado = contexto.statusCode() >= 400 ? contexto.statusCode() : 500;
        if (estado >= 500) {
            Log.errorf(contexto.failure(), "%s failed in the HTTP layer", contexto.request().path());
        }
        String titulo = switch (estado) {
            case 400 -> "Solicitud inválida";
            case 413 -> "Cuerpo demasiado grande";
            case 414 -> "Ruta demasiado larga";
            case 431 -> "Cabeceras demasiado grandes";
            default -> estado >= 500 ? "Error interno" : "Solicitud rechazada";
        };
        String detalle = estado == 413
                ? "El cuerpo de la solicitud pasa del límite de " + limiteDeCuerpo + " bytes."
                : estado >= 500 ? "El servicio no pudo completar la solicitud; no se guardó nada."
                : "La solicitud no se pudo leer.";
        responder(contexto, estado, estado >= 500 ? "error-interno" : "http-" + estado, titulo, detalle, estado == 413);
    }

    private void responder(RoutingContext contexto, int estado, String tipo, String titulo, String detalle, boolean cerrar) {
        var problema = Problemas.problema(estado, tipo, titulo, detalle, contexto.request().path(), List.of());
        var respuesta = contexto.response().setStatusCode(estado)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problemas.PROBLEM_JSON);
        if (cerrar) {
            respuesta.putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(fin -> contexto.request().connection().close());
        }
        try {
            respuesta.end(json.writeValueAsString(problema));
        } catch (JsonProcessingException e) {
            respuesta.end();
        }
    }

    /** No control character, raw or escaped, and every '%' followed by two hex digits. */
    static boolean escapesValidos(String uri) {
        if (uri == null) {
            return true;
        }
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
            if (c == '%') {
                if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0
                        || Character.digit(uri.charAt(i + 2), 16) < 0) {
                    return false;
                }
                int octeto = Character.digit(uri.charAt(i + 1), 16) * 16 + Character.digit(uri.charAt(i + 2), 16);
                if (octeto < 0x20 || octeto == 0x7f) {
                    return false;
                }
                i += 2;
            }
        }
        return true;
    }

    /** A missing or unreadable length is left to Quarkus and Netty, which refuse a malformed one themselves. */
    private static long longitud(String cabecera) {
        try {
            return cabecera == null ? 0 : Long.parseLong(cabecera.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
