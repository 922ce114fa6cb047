package mx.pbrsed.evaluation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import mx.pbrsed.evaluation.repository.OutboxRepository;

/** Queues an event in the caller's transaction; {@link OutboxRelay} sends it once committed. */
@ApplicationScoped
public class EventoPublisher {
    private final OutboxRepository outbox;
    private final ObjectMapper json;
    private final Event<EventoEncolado> encolado;

    public EventoPublisher(OutboxRepository outbox, ObjectMapper json, Event<EventoEncolado> encolado) {
        this.outbox = outbox;
        this.json = json;
        this.encolado = encolado;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public String publicar(String topic, String clave, Object evento) {
        try {
            String payload = json.writeValueAsString(evento);
            outbox.encolar(topic, clave, payload);
            encolado.fire(new EventoEncolado());
            return payload;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evento no serializable: " + evento.getClass().getSimpleName(), e);
        }
    }
}
