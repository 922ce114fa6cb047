package mx.pbrsed.catalog.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import mx.pbrsed.catalog.repository.OutboxRepository;

/**
 * Queues an event in the caller's transaction, with its CloudEvents attributes and the current
 * trace context; {@link OutboxRelay} sends it once committed.
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

    @Transactional(Transactional.TxType.MANDATORY)
    public String publicar(String topic, String clave, EventoDeDominio evento) {
        String esquema = evento.getClass().getSimpleName();
        try {
            String payload = json.writeValueAsString(evento);
            ContextoTraza traza = ContextoTraza.actual();
            outbox.encolar(new OutboxRepository.Registro(topic, clave, payload, evento.eventId(), evento.tipoCloudEvent(),
                    evento.occurredAt(), ESQUEMAS + esquema, traza.traceparent(), traza.tracestate()));
            encolado.fire(new EventoEncolado());
            Log.debugf("Encolado %s %s en %s", evento.tipoCloudEvent(), evento.eventId(), topic);
            return payload;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evento no serializable: " + esquema, e);
        }
    }
}
