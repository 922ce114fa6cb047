package mx.pbrsed.platform.consumo;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.faulttolerance.api.TypedGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import mx.pbrsed.platform.persistencia.FallasTransitorias;

/**
 * Applies a consumed event, each attempt in a transaction of its own, and applies it again on the
 * consumer's own thread for as long as the database fails transiently (FallasTransitorias),
 * waiting 0.5 s doubling up to 10 s between attempts: SmallRye Fault Tolerance's retry, with no
 * limit of attempts or time. The record stays unacknowledged meanwhile, so the channel's later
 * records wait behind it and per-key order holds; nacking it instead would send a valid event to
 * the dead-letter topic, never to be applied. Any other failure is thrown at once, so an unusable
 * record is still dead-lettered, except while the application stops (see {@link #retener}). A
 * unique violation gets one more attempt: with several consumers of a group, it means another one
 * applied the same key at the same time (see {@link #aplicar}).
 */
@ApplicationScoped
public class Reintentos {
    static final Duration PRIMERA_ESPERA = Duration.ofMillis(500);
    static final Duration ESPERA_MAXIMA = Duration.ofSeconds(10);
    /** unique_violation */
    private static final String UNICIDAD_VIOLADA = "23505";

    private volatile boolean deteniendo;

    private final MeterRegistry metricas;
    private final Duration primeraEspera;
    private final Duration esperaMaxima;
    private final Consumer<Runnable> enTransaccionNueva;
    private final Espera espera;
    private final Map<String, TypedGuard<Void>> guardias = new ConcurrentHashMap<>();

    @Inject
    public Reintentos(MeterRegistry metricas) {
        this(metricas, PRIMERA_ESPERA, ESPERA_MAXIMA, aplicacion -> QuarkusTransaction.requiringNew().run(aplicacion),
                duracion -> Thread.sleep(duracion.toMillis()));
    }

    Reintentos(MeterRegistry metricas, Duration primeraEspera, Duration esperaMaxima,
               Consumer<Runnable> enTransaccionNueva, Espera espera) {
        this.metricas = metricas;
        this.primeraEspera = primeraEspera;
        this.esperaMaxima = esperaMaxima;
        this.enTransaccionNueva = enTransaccionNueva;
        this.espera = espera;
    }

    @FunctionalInterface
    interface Espera {
        void esperar(Duration duracion) throws InterruptedException;
    }

    /** Runs {@code aplicacion} until it succeeds or fails with a non-transient failure, which is thrown. */
    public void aplicar(String canal, Runnable aplicacion) {
        try {
            intentar(canal, aplicacion);
        } catch (RuntimeException e) {
            if (deteniendo || !UNICIDAD_VIOLADA.equals(FallasTransitorias.estadoSql(e))) {
                throw e;
            }
            // Another member of the group inserted the same key meanwhile: a rebalance hands a partition
            // over while its previous owner still applies a record, and both apply it. PostgreSQL raises
            // this only once the other insert committed, so one more attempt finds that row and goes the
            // way of an event seen before (its version check). A second violation is a real fault.
            Log.infof("Channel %s: the same key was inserted concurrently (%s); applying the record again", canal,
                    FallasTransitorias.causa(e));
            intentar(canal, aplicacion);
        }
    }

    private void intentar(String canal, Runnable aplicacion) {
        try {
            guardias.computeIfAbsent(canal, this::guardia).call(() -> {
                // A failed attempt's transaction is rolled back; the next starts clean.
                enTransaccionNueva.accept(aplicacion);
                return null;
            });
        } catch (RuntimeException e) {
            if (deteniendo) {
                retener(canal, e);
            }
            throw e;
        } catch (Exception e) {
            // The one checked failure of a synchronous guard: its thread was interrupted (waiting to
            // retry, or during an attempt), which only a shutdown does.
            retener(canal, e);
        }
    }

    /**
     * One guard per channel, built at its first event, so its retry series is there at 0 for a
     * dashboard before any failure.
     */
    private TypedGuard<Void> guardia(String canal) {
        Counter reintentos = metricas.counter("pbrsed.eventos.reintentos", "canal", canal);
        return TypedGuard.create(Void.class)
                .withDescription("reintentos-" + canal)
                .withRetry()
                // for as long as the failure lasts: no limit of attempts (-1) or of time (0)
                .maxRetries(-1)
                .maxDuration(0, ChronoUnit.MILLIS)
                .delay(primeraEspera.toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .withExponentialBackoff().factor(2).maxDelay(esperaMaxima.toMillis(), ChronoUnit.MILLIS).done()
                // While stopping, a failure is not retried but held (aplicar), like any other.
                .whenException(falla -> !deteniendo && FallasTransitorias.es(falla))
                .beforeRetry(falla -> {
                    reintentos.increment();
                    Log.warnf("Channel %s: transient database failure, the same record again: %s", canal,
                            FallasTransitorias.causa(falla));
                })
                .done()
                .build();
    }

    /** From here on the session factory and the pool close under the consumers. */
    void alDetener(@Observes ShutdownEvent evento) {
        deteniendo = true;
    }

    /**
     * A failure while the application stops says nothing about the record, yet a nack would
     * dead-letter it and commit its offset. Left unacknowledged instead, it is redelivered at the next
     * start (applying it twice changes nothing); the connector stops waiting for it after its commit
     * interval, and the JVM's exit ends this thread. Fault Tolerance has no such outcome (its retry
     * ends by returning or throwing, and an interruption ends it), so this part stays ours.
     */
    private void retener(String canal, Exception falla) {
        Log.infof("Channel %s: failed while stopping (%s); the record stays unacknowledged for redelivery", canal,
                FallasTransitorias.causa(falla));
        while (true) {
            try {
                espera.esperar(ESPERA_MAXIMA);
            } catch (InterruptedException e) {
                // Giving up would nack the record into the dead-letter topic; going on leaves it
                // unacknowledged, so the next start redelivers it.
                Log.debug("Consumer interrupted while holding its record; the record stays unacknowledged");
            }
        }
    }
}
