package mx.pbrsed.catalog.messaging;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import mx.pbrsed.catalog.config.OutboxConfig;
import mx.pbrsed.catalog.repository.OutboxEntity;
import mx.pbrsed.catalog.repository.OutboxRepository;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Relays committed outbox records to Kafka and marks them published only after the broker
 * acknowledged them; with Kafka down the records wait, so nothing accepted is lost.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Duration ESPERA_ACK = Duration.ofSeconds(15);

    private final OutboxRepository outbox;
    private final MutinyEmitter<String> emisor;
    private final OutboxConfig config;

    public OutboxRelay(OutboxRepository outbox, @Channel("eventos") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048) MutinyEmitter<String> emisor, OutboxConfig config) {
        this.outbox = outbox;
        this.emisor = emisor;
        this.config = config;
    }

    @Scheduled(every = "${pbr.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPendientes() {
        try {
            while (relayLote() == config.batchSize()) {
                // a full batch means more may be waiting
            }
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    @Transactional
    int relayLote() {
        List<OutboxEntity> lote = outbox.pendientes(config.batchSize());
        if (lote.isEmpty()) {
            return 0;
        }
        List<Uni<Void>> envios = lote.stream().map(this::enviar).toList();
        Uni.join().all(envios).andFailFast().await().atMost(ESPERA_ACK);
        OffsetDateTime ahora = OffsetDateTime.now();
        lote.forEach(registro -> registro.publicadoEn = ahora);
        return lote.size();
    }

    private Uni<Void> enviar(OutboxEntity registro) {
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(registro.topic)
                .withKey(registro.clave)
                .build();
        return emisor.sendMessage(Message.of(registro.payload).addMetadata(metadata));
    }
}
