package mx.pbrsed.capture.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import mx.pbrsed.capture.repository.OutboxRepository;

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

    /** An event for a topic and key. */
    public record Saliente(String topic, String clave, EventoDeDominio evento) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publicar(String topic, String clave, EventoDeDominio evento) {
        publicarTodos(List.of(new Saliente(topic, clave, evento)));
    }

    /** Queues the events in this order, in one batch of inserts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publicarTodos(List<Saliente> eventos) {
        if (eventos.isEmpty()) {
            return;
        }
        ContextoTraza traza = ContextoTraza.actual();
        List<OutboxRepository.Registro> registros = new ArrayList<>(eventos.size());
        for (Saliente saliente : eventos) {
            EventoDeDominio evento = saliente.evento();
            String esquema = evento.getClass().getSimpleName();
            try {
                registros.add(new OutboxRepository.Registro(saliente.topic(), saliente.clave(),
                        json.writeValueAsString(evento), evento.eventId(), evento.tipoCloudEvent(),
                        evento.occurredAt(), ESQUEMAS + esquema, traza.traceparent(), traza.tracestate()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Evento no serializable: " + esquema, e);
            }
            Log.debugf("Encolado %s %s en %s", evento.tipoCloudEvent(), evento.eventId(), saliente.topic());
        }
        outbox.encolar(registros);
        encolado.fire(new EventoEncolado());
    }
}
