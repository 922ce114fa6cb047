package mx.pbrsed.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first thing every request meets, before Quarkus reads its body or a resource runs. It refuses
 * at once, as problems, what no resource could accept: a body announced larger than the limit
 * (Quarkus would answer an empty 413 after reading it), a path or query with a control character or
 * a malformed percent-escape, and any request beyond what it admits (503 with Retry-After, so a burst
 * is shed instead of queuing until the heap is exhausted). It also turns the failures of the HTTP
 * layer itself (a body cut off, a limit hit while reading) into problems.
 * <p>
 * Admission: at most {@code maximoEnCurso} requests run at once. One beyond them waits, its body
 * unread (the request is paused, so a waiting request holds its headers and nothing more), in a
 * bounded queue for a bounded time, and runs when a running one ends; a full queue or a wait that
 * runs out is a 503. The short wait absorbs a pause of the service (a collection, a burst of
 * compilation, a slow commit) that would otherwise shed requests a moment later it can serve;
 * a sustained excess still fills the queue and is shed within the wait.
 * The /q/ endpoints (health, metrics, OpenAPI) are never shed: an orchestrator must still see the
 * service alive while it sheds load.
 */
@ApplicationScoped
public class BordeHttp {
    /** Quarkus's own body-size check is the route of order -2. */
    private static final int ANTES_DE_QUARKUS = -3;

    private final long limiteDeCuerpo;
    private final int maximoEnCurso;
    private final int maximoEnEspera;
    private final long esperaMaximaMs;
    private final int segundosParaReintentar;
    private final ObjectMapper json;
    private final Counter esperaron;
    private final Counter rechazadas;
    /** Guards enCurso and cola: a handful of instructions per request, never held while a request runs. */
    private final Object cerrojo = new Object();
    private final ArrayDeque<Espera> cola = new ArrayDeque<>();
    private int enCurso;

    /** A request waiting for a turn, with the context it must run on and the timer that sheds it. */
    private static final class Espera {
        final RoutingContext contexto;
        final Context hilo;
        long temporizador;

        Espera(RoutingContext contexto, Context hilo) {
            this.contexto = contexto;
            this.hilo = hilo;
        }
    }

    /**
     * @param maximoEnCurso  requests under way at once: the heap is sized for this many of the largest
     *                       admitted requests (deploy/k8s/jvm.env)
     * @param maximoEnEspera requests waiting for a turn, beyond which a request is answered 503 at once
     * @param esperaMaxima   how long a request may wait for a turn before it is answered 503
     */
    public BordeHttp(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limite,
                     @ConfigProperty(name = "pbr.http.solicitudes-concurrentes", defaultValue = "48") int maximoEnCurso,
                     @ConfigProperty(name = "pbr.http.solicitudes-en-espera", defaultValue = "200") int maximoEnEspera,
                     @ConfigProperty(name = "pbr.http.espera-maxima", defaultValue = "2s") Duration esperaMaxima,
                     @ConfigProperty(name = "pbr.http.segundos-para-reintentar", defaultValue = "1") int segundosParaReintentar,
                     ObjectMapper json, MeterRegistry metricas) {
        this.limiteDeCuerpo = limite.asLongValue();
        this.maximoEnCurso = maximoEnCurso;
        this.maximoEnEspera = maximoEnEspera;
        this.esperaMaximaMs = Math.max(1, esperaMaxima.toMillis());
        this.segundosParaReintentar = segundosParaReintentar;
        this.json = json;
        Gauge.builder("pbrsed.http.solicitudes.en.curso", this, BordeHttp::enCurso)
                .description("Requests running now (at most pbr.http.solicitudes-concurrentes)").register(metricas);
        Gauge.builder("pbrsed.http.solicitudes.en.espera", this, BordeHttp::enEspera)
                .description("Requests waiting for a turn now (at most pbr.http.solicitudes-en-espera)").register(metricas);
        this.esperaron = Counter.builder("pbrsed.http.solicitudes.esperaron")
                .description("Requests that waited for a turn before running or being shed").register(metricas);
        this.rechazadas = Counter.builder("pbrsed.http.solicitudes.saturado")
                .description("Requests shed with 503 servicio-saturado").register(metricas);
    }

    void registrar(@Observes Router router) {
        router.route().order(ANTES_DE_QUARKUS).handler(this::admitir);
        router.route().order(ANTES_DE_QUARKUS).failureHandler(this::falloDelHttp);
    }

    /** Requests running now. */
    public int enCurso() {
        synchronized (cerrojo) {
            return enCurso;
        }
    }

    /** Requests waiting for a turn now. */
    public int enEspera() {
        synchronized (cerrojo) {
            return cola.size();
        }
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
        if (tomarTurno()) {
            pasar(contexto);
            return;
        }
        esperarTurno(contexto);
    }

    private boolean tomarTurno() {
        synchronized (cerrojo) {
            if (enCurso < maximoEnCurso) {
                enCurso++;
                return true;
            }
            return false;
        }
    }

    private void esperarTurno(RoutingContext contexto) {
        esperaron.increment();
        Espera espera = new Espera(contexto, Vertx.currentContext());
        // Quarkus resumed the request for this route; paused again, its body stays unread until it runs
        contexto.request().pause();
        espera.temporizador = contexto.vertx().setTimer(esperaMaximaMs, id -> {
            boolean seguiaEsperando;
            synchronized (cerrojo) {
                seguiaEsperando = cola.remove(espera);
            }
            if (seguiaEsperando) {
                rechazarPorSaturacion(contexto);
            }
        });
        boolean admitida = false;
        boolean encolada = false;
        synchronized (cerrojo) {
            // a turn may have been freed since tomarTurno: never queue behind an idle slot
            if (enCurso < maximoEnCurso) {
                enCurso++;
                admitida = true;
            } else if (cola.size() < maximoEnEspera) {
                cola.addLast(espera);
                encolada = true;
            }
        }
        if (encolada) {
            return;
        }
        contexto.vertx().cancelTimer(espera.temporizador);
        if (admitida) {
            pasar(contexto);
        } else {
            rechazarPorSaturacion(contexto);
        }
    }

    /** Runs the request; its end hands the turn to the first one waiting, or frees it. */
    private void pasar(RoutingContext contexto) {
        contexto.addEndHandler(fin -> liberarTurno(contexto.vertx()));
        contexto.next();
    }

    private void liberarTurno(Vertx vertx) {
        Espera siguiente;
        synchronized (cerrojo) {
            siguiente = cola.pollFirst();
            if (siguiente == null) {
                enCurso--;
                return;
            }
        }
        // the turn passes on without being freed, so no newcomer takes it ahead of the queue
        vertx.cancelTimer(siguiente.temporizador);
        Espera turno = siguiente;
        Runnable correr = () -> {
            if (turno.contexto.response().closed() || turno.contexto.response().ended()) {
                liberarTurno(vertx);
            } else {
                pasar(turno.contexto);
            }
        };
        if (turno.hilo != null) {
            turno.hilo.runOnContext(v -> correr.run());
        } else {
            correr.run();
        }
    }

    private void rechazarPorSaturacion(RoutingContext contexto) {
        if (contexto.response().closed() || contexto.response().ended()) {
            return;
        }
        rechazadas.increment();
        // its unread body is read and dropped, so the connection can carry the client's next request
        contexto.request().resume();
        contexto.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(segundosParaReintentar));
        responder(contexto, 503, "servicio-saturado", "Servicio saturado",
                "El servicio atiende demasiadas solicitudes; reintente en " + segundosParaReintentar + " s.", false);
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
