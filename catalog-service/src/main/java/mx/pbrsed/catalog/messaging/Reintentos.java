package mx.pbrsed.catalog.messaging;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import mx.pbrsed.catalog.service.FallasTransitorias;

/**
 * Applies a consumed event again, on the consumer's own thread, for as long as the database fails
 * transiently (FallasTransitorias), waiting 0.5 s doubling up to 10 s between attempts. The record
 * stays unacknowledged meanwhile, so the channel's later records wait behind it and per-key order
 * holds; nacking it instead would send a valid event to the dead-letter topic, never to be
 * applied. Any other failure is thrown at once, so an unusable record is still dead-lettered.
 */
@ApplicationScoped
public class Reintentos {
    static final Duration PRIMERA_ESPERA = Duration.ofMillis(500);
    static final Duration ESPERA_MAXIMA = Duration.ofSeconds(10);

    private final Espera espera;

    public Reintentos() {
        this(duracion -> Thread.sleep(duracion.toMillis()));
    }

    Reintentos(Espera espera) {
        this.espera = espera;
    }

    @FunctionalInterface
    interface Espera {
        void esperar(Duration duracion) throws InterruptedException;
    }

    /** Runs {@code aplicacion} until it succeeds or fails with a non-transient failure, which is thrown. */
    public void aplicar(String canal, Runnable aplicacion) {
        Duration siguiente = PRIMERA_ESPERA;
        for (int intento = 1; ; intento++) {
            try {
                aplicacion.run();
                return;
            } catch (RuntimeException e) {
                if (!FallasTransitorias.es(e)) {
                    throw e;
                }
                Log.warnf("Channel %s: transient database failure (attempt %d), same record again in %d ms: %s",
                        canal, intento, siguiente.toMillis(), e.getMessage());
                esperar(siguiente);
                siguiente = siguiente.multipliedBy(2).compareTo(ESPERA_MAXIMA) > 0 ? ESPERA_MAXIMA : siguiente.multipliedBy(2);
            }
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
