package mx.pbrsed.capture.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import mx.pbrsed.capture.repository.OutboxRepository;

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

    /** An event for a topic and key. */
    public record Saliente(String topic, String clave, Object evento) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publicar(String topic, String clave, Object evento) {
        publicarTodos(List.of(new Saliente(topic, clave, evento)));
    }

    /** Queues the events in this order, in one batch of inserts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publicarTodos(List<Saliente> eventos) {
        if (eventos.isEmpty()) {
            return;
        }
        List<OutboxRepository.Registro> registros = new ArrayList<>(eventos.size());
        for (Saliente saliente : eventos) {
            try {
                registros.add(new OutboxRepository.Registro(saliente.topic(), saliente.clave(),
                        json.writeValueAsString(saliente.evento())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Evento no serializable: " + saliente.evento().getClass().getSimpleName(), e);
            }
        }
        outbox.encolar(registros);
        encolado.fire(new EventoEncolado());
    }
}
