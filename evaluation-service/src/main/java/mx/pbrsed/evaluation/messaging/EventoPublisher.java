package mx.pbrsed.evaluation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;
import mx.pbrsed.evaluation.repository.OutboxRepository;

/**
 * Queues events in the caller's transaction, with their CloudEvents attributes and trace context;
 * {@link OutboxRelay} sends them once committed.
 */
@ApplicationScoped
public class EventoPublisher {
    /** Where the AsyncAPI contract describes each payload; its schemas are named after the event records. */
    private static final String ESQUEMAS = "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/";

    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Event<EventoEncolado> encolado;

    public EventoPublisher(OutboxRepository outbox, ObjectMapper json, Event<EventoEncolado> encolado) {
        this.outbox = outbox;
        this.json = json;
        this.encolado = encolado;
    }

    /**
     * The outbox record of an event, taken in the trace context current now: the event a batch
     * applies is the one whose trace the record continues, though the batch queues it later.
     */
    public OutboxRepository.Registro preparar(String topic, String clave, EventoDeDominio evento) {
        String esquema = evento.getClass().getSimpleName();
        try {
            String payload = json.writeValueAsString(evento);
            ContextoTraza traza = ContextoTraza.actual();
            Log.debugf("Encolado %s %s en %s", evento.tipoCloudEvent(), evento.eventId(), topic);
            return new OutboxRepository.Registro(topic, clave, payload, evento.eventId(), evento.tipoCloudEvent(),
                    evento.occurredAt(), ESQUEMAS + esquema, traza.traceparent(), traza.tracestate());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evento no serializable: " + esquema, e);
        }
    }

    /** Queues the records in this order, in one batch of inserts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void encolar(List<OutboxRepository.Registro> registros) {
        if (registros.isEmpty()) {
            return;
        }
        outbox.encolar(registros);
        encolado.fire(new EventoEncolado());
    }
}
