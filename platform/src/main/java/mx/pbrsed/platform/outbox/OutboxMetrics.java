package mx.pbrsed.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;
import mx.pbrsed.platform.outbox.OutboxRepository.Atraso;

/**
 * {@code pbrsed.outbox.pendientes} (records not yet relayed), {@code pbrsed.outbox.antiguedad.segundos}
 * (age of the oldest, 0 when none) and {@code pbrsed.outbox.descartados} (records set aside because
 * the broker can never take them, by topic and reason). The table is read on
 * a schedule, not per scrape, so scrapes never load the database; when it cannot be read the
 * gauges keep the last values read, and the age goes on growing from the oldest row seen.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {
    private final OutboxRepository outbox;
    private final MeterRegistry metricas;
    private final AtomicReference<Atraso> ultimo = new AtomicReference<>(new Atraso(0, null));

    public OutboxMetrics(OutboxRepository outbox, MeterRegistry metricas) {
        this.outbox = outbox;
        this.metricas = metricas;
        Gauge.builder("pbrsed.outbox.pendientes", ultimo, u -> u.get().pendientes())
                .description("Outbox records not yet published to Kafka")
                .strongReference(true)
                .register(metricas);
        Gauge.builder("pbrsed.outbox.antiguedad.segundos", ultimo, u -> antiguedad(u.get()))
                .description("Age in seconds of the oldest outbox record not yet published; 0 when none")
                .strongReference(true)
                .register(metricas);
    }

    @ActivateRequestContext
    @Scheduled(every = "${pbr.metricas.outbox-intervalo:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void actualizar() {
        try {
            ultimo.set(outbox.atraso());
        } catch (RuntimeException e) {
            Log.debugf("Outbox gauges keep their last values: %s", e.getMessage());
        }
    }

    void descartado(String topic, String razon) {
        Counter.builder("pbrsed.outbox.descartados")
                .description("Outbox records set aside because the broker can never take them")
                .tag("topic", topic)
                .tag("razon", razon)
                .register(metricas)
                .increment();
    }

    private static double antiguedad(Atraso atraso) {
        if (atraso.masAntiguo() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(atraso.masAntiguo(), OffsetDateTime.now()).toMillis() / 1000.0);
    }
}
