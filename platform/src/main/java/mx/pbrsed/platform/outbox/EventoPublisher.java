package mx.pbrsed.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    private final long tamanoMaximo;

    /**
     * @param tamanoMaximo the largest event JSON admitted: below the producer's and the broker's
     *                     message limit (about 1 MB by default) with room for the key and headers
     */
    public EventoPublisher(OutboxRepository outbox, ObjectMapper json, Event<EventoEncolado> encolado,
                           @ConfigProperty(name = "pbr.outbox.tamano-maximo", defaultValue = "900K") MemorySize tamanoMaximo) {
        this.outbox = outbox;
        this.json = json;
        this.encolado = encolado;
        this.tamanoMaximo = tamanoMaximo.asLongValue();
    }

    /** An event for a topic and key. */
    public record Saliente(String topic, String clave, EventoDeDominio evento) {
    }

    /** Queues one event; returns its JSON as published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publicar(String topic, String clave, EventoDeDominio evento) {
        OutboxRepository.Registro registro = preparar(topic, clave, evento);
        encolar(List.of(registro));
        return registro.payload();
    }

    /** Queues the events in this order, in one batch of inserts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publicarTodos(List<Saliente> eventos) {
        encolar(eventos.stream().map(s -> preparar(s.topic(), s.clave(), s.evento())).toList());
    }

    /**
     * The outbox record of an event, taken in the trace context current now: the event a batch
     * applies is the one whose trace the record continues, though the batch queues it later.
     *
     * @throws EventoDemasiadoGrandeException when its JSON passes {@code pbr.outbox.tamano-maximo}
     */
    public OutboxRepository.Registro preparar(String topic, String clave, EventoDeDominio evento) {
        String esquema = evento.getClass().getSimpleName();
        try {
            byte[] utf8 = json.writeValueAsBytes(evento);
            if (utf8.length > tamanoMaximo) {
                throw new EventoDemasiadoGrandeException(evento.tipoCloudEvent(), utf8.length, tamanoMaximo);
            }
            String payload = new String(utf8, StandardCharsets.UTF_8);
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
