package mx.pbrsed.evaluation.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import mx.pbrsed.platform.persistencia.FallasTransitorias;

/**
 * Applies a consumed event again, on the consumer's own thread, for as long as the database fails
 * transiently (FallasTransitorias), waiting 0.5 s doubling up to 10 s between attempts. The record
 * stays unacknowledged meanwhile, so the channel's later records wait behind it and per-key order
 * holds; nacking it instead would send a valid event to the dead-letter topic, never to be
 * applied. Any other failure is thrown at once, so an unusable record is still dead-lettered, except
 * while the application stops (see {@link #retener}).
 */
@ApplicationScoped
public class Reintentos {
    static final Duration PRIMERA_ESPERA = Duration.ofMillis(500);
    static final Duration ESPERA_MAXIMA = Duration.ofSeconds(10);

    private volatile boolean deteniendo;

    private final MeterRegistry metricas;
    private final Espera espera;

    @Inject
    public Reintentos(MeterRegistry metricas) {
        this(metricas, duracion -> Thread.sleep(duracion.toMillis()));
    }

    Reintentos(MeterRegistry metricas, Espera espera) {
        this.metricas = metricas;
        this.espera = espera;
    }

    @FunctionalInterface
    interface Espera {
        void esperar(Duration duracion) throws InterruptedException;
    }

    /** Runs {@code aplicacion} until it succeeds or fails with a non-transient failure, which is thrown. */
    public void aplicar(String canal, Runnable aplicacion) {
        // looked up before any failure, so the series is there at 0 for a dashboard
        Counter reintentos = metricas.counter("pbrsed.eventos.reintentos", "canal", canal);
        Duration siguiente = PRIMERA_ESPERA;
        for (int intento = 1; ; intento++) {
            try {
                aplicacion.run();
                return;
            } catch (RuntimeException e) {
                if (deteniendo) {
                    retener(canal, e);
                }
                if (!FallasTransitorias.es(e)) {
                    throw e;
                }
                reintentos.increment();
                Log.warnf("Channel %s: transient database failure (attempt %d), same record again in %d ms: %s",
                        canal, intento, siguiente.toMillis(), FallasTransitorias.causa(e));
                esperar(siguiente);
                siguiente = siguiente.multipliedBy(2).compareTo(ESPERA_MAXIMA) > 0 ? ESPERA_MAXIMA : siguiente.multipliedBy(2);
            }
        }
    }

    /** From here on the session factory and the pool close under the consumers. */
    void alDetener(@Observes ShutdownEvent evento) {
        deteniendo = true;
    }

    /**
     * A failure while the application stops says nothing about the record, yet a nack would
     * dead-letter it and commit its offset. Left unacknowledged instead, it is redelivered at the next
     * start (applying it twice changes nothing); the connector stops waiting for it after its commit
     * interval, and the JVM's exit ends this thread.
     */
    private void retener(String canal, RuntimeException falla) {
        Log.infof("Channel %s: failed while stopping (%s); the record stays unacknowledged for redelivery", canal,
                FallasTransitorias.causa(falla));
        while (true) {
            esperar(ESPERA_MAXIMA);
        }
    }

    private void esperar(Duration duracion) {
        try {
            espera.esperar(duracion);
        } catch (InterruptedException e) {
            // Only a shutdown interrupts a consumer. Giving up would nack the record into the
            // dead-letter topic; going on leaves it unacknowledged, so the next start redelivers it.
            Log.debug("Consumer interrupted while waiting to retry; the record stays unacknowledged");
        }
    }
}
