package mx.pbrsed.platform.outbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * Relays committed outbox records to Kafka and marks them published only after the broker
 * acknowledged them; with Kafka down the records wait, so nothing accepted is lost. A record the
 * broker can never take ({@link FallasDeEnvio}) is set aside instead, so it blocks nothing. Each record is
 * a CloudEvent in binary mode (ce_* headers, the event JSON as value) and continues the trace of
 * the transaction that queued it (the connector writes its traceparent header). Every service sends
 * through its channel {@code eventos}; its configuration names the producer's settings.
 */
@ApplicationScoped
public class OutboxRelay {
    /**
     * Longer than the producer can take to settle a record (max.block.ms + delivery.timeout.ms),
     * so the relay never stops waiting for a record that may still be delivered.
     */
    private static final Duration ESPERA_ACK = Duration.ofSeconds(180);
    private static final String CONTENIDO = "application/json";

    private final OutboxRepository outbox;
    private final OutboxMetrics metricas;
    private final MutinyEmitter<String> emisor;
    private final int tamanoLote;
    private final URI fuente;
    private final ExecutorService disparador = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final ReentrantLock enCurso = new ReentrantLock();
    private final AtomicBoolean pendiente = new AtomicBoolean();
    private final AtomicBoolean disparoProgramado = new AtomicBoolean();

    public OutboxRelay(OutboxRepository outbox, OutboxMetrics metricas,
                       @Channel("eventos") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048) MutinyEmitter<String> emisor,
                       @ConfigProperty(name = "pbr.outbox.batch-size", defaultValue = "200") int tamanoLote,
                       @ConfigProperty(name = "quarkus.application.name") String aplicacion) {
        this.outbox = outbox;
        this.metricas = metricas;
        this.emisor = emisor;
        this.tamanoLote = tamanoLote;
        this.fuente = URI.create("/pbrsed/" + aplicacion);
    }

    /** Relays right after a commit that queued events, instead of waiting for the next poll. */
    void alConfirmar(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventoEncolado evento) {
        // many events of one transaction, or of a burst, make a single relay run
        if (disparoProgramado.compareAndSet(false, true)) {
            disparador.execute(() -> {
                disparoProgramado.set(false);
                relayPendientes();
            });
        }
    }

    /** The poll catches up whatever a trigger missed: Kafka down, a crash, another instance. */
    @Scheduled(every = "${pbr.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPendientes() {
        pendiente.set(true);
        // One relay at a time per instance; a request that arrives meanwhile makes it go round again.
        while (pendiente.get() && enCurso.tryLock()) {
            try {
                pendiente.set(false);
                while (relayLote() == tamanoLote) {
                    // a full batch means more may be waiting
                }
            } catch (RuntimeException e) {
                Log.warnf("Outbox relay paused, will retry: %s", e.getMessage());
                return;
            } finally {
                enCurso.unlock();
            }
        }
    }

    @PreDestroy
    void detener() {
        // a relay waiting on a broker that is away must not hold up shutdown
        disparador.shutdownNow();
    }

    /**
     * Sends a batch, marks what the broker acknowledged and sets aside what it can never take.
     *
     * @return how many records were settled (published or set aside); fewer than the batch when
     *         some failed for a reason that may pass
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    int relayLote() {
        List<OutboxEntity> tomados = outbox.pendientes(tamanoLote);
        if (tomados.isEmpty()) {
            return 0;
        }
        // Several instances relay one outbox: a key another relay holds an older record of waits for
        // a later run (at most the poll interval), so each key reaches its partition in order.
        Set<String> retenidas = outbox.clavesRetenidas(tomados);
        List<OutboxEntity> lote = retenidas.isEmpty() ? tomados : tomados.stream()
                .filter(r -> !retenidas.contains(OutboxRepository.clave(r.topic, r.clave))).toList();
        if (lote.size() < tomados.size()) {
            Log.debugf("Outbox relay: %d records wait for another instance's relay to send older ones of their keys",
                    tomados.size() - lote.size());
        }
        // Sent with the transaction suspended (its row locks stay held). Otherwise context
        // propagation carries it into the acks, which run on Kafka's network thread, and that
        // thread may still hold it when this one commits, which then fails ("Enlisted
        // connection used without active transaction").
        // Every send is awaited to its end, success or failure: a record given up on while the
        // producer still retries it would be sent again by the next run and arrive twice.
        List<Envio> envios = QuarkusTransaction.suspendingExisting().call(() -> Uni.join()
                .all(lote.stream().map(r -> enviar(r).replaceWith(Envio.ACUSADO).onFailure().recoverWithItem(Envio::de)).toList())
                .andFailFast().await().atMost(ESPERA_ACK));
        OffsetDateTime ahora = OffsetDateTime.now();
        List<Long> publicados = new ArrayList<>(lote.size());
        int descartados = 0;
        for (int i = 0; i < lote.size(); i++) {
            OutboxEntity registro = lote.get(i);
            Envio envio = envios.get(i);
            if (envio.acusado()) {
                publicados.add(registro.id);
            } else if (envio.descarte() != null) {
                descartar(registro, envio.descarte(), ahora);
                descartados++;
            }
        }
        outbox.marcarPublicados(publicados, ahora);
        int pendientes = lote.size() - publicados.size() - descartados;
        if (pendientes > 0) {
            Log.warnf("Outbox relay: %d of %d records not acknowledged, will retry", pendientes, lote.size());
        }
        return publicados.size() + descartados;
    }

    /**
     * Retrying a record the broker can never take would fail every second for ever and hold a place
     * in every batch; it stays in the table, marked, for an operator to look at.
     */
    private void descartar(OutboxEntity registro, FallasDeEnvio.Descarte descarte, OffsetDateTime ahora) {
        outbox.marcarDescartado(registro.id, descarte.razon() + ": " + descarte.detalle(), ahora);
        metricas.descartado(registro.topic, descarte.razon());
        Log.errorf("Outbox record set aside, it can never be sent: id=%d topic=%s ce_id=%s ce_type=%s razon=%s (%s)",
                registro.id, registro.topic, registro.ceId, registro.ceType, descarte.razon(), descarte.detalle());
    }

    /** How one send ended: acknowledged, failed for a reason that may pass, or never sendable. */
    private record Envio(boolean acusado, FallasDeEnvio.Descarte descarte) {
        static final Envio ACUSADO = new Envio(true, null);

        static Envio de(Throwable falla) {
            return new Envio(false, FallasDeEnvio.descarte(falla).orElse(null));
        }
    }

    private Uni<Void> enviar(OutboxEntity registro) {
        var kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(registro.topic)
                .withKey(registro.clave)
                .build();
        var cloudEvent = OutgoingCloudEventMetadata.builder()
                .withId(registro.ceId.toString())
                .withType(registro.ceType)
                .withSource(fuente)
                .withSubject(registro.clave)
                .withTimestamp(registro.ceTime.toZonedDateTime())
                .withDataSchema(URI.create(registro.ceDataschema))
                .withDataContentType(CONTENIDO)
                .build();
        // The parent is the stored context, not this thread's: the connector starts the producer span under it.
        var traza = TracingMetadata.withCurrent(new ContextoTraza(registro.traceparent, registro.tracestate).comoPadre());
        return emisor.sendMessage(Message.of(registro.payload, Metadata.of(kafka, cloudEvent, traza)));
    }
}
