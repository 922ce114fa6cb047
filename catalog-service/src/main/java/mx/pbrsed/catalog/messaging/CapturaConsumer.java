package mx.pbrsed.catalog.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import mx.pbrsed.catalog.repository.IndicadorConCapturaRepository;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns from capture's topic which indicators have capturas, so that deleting one is refused.
 * Only presence matters, so applying an event twice or out of order is harmless; a record that
 * cannot be read goes to the dead-letter topic.
 */
@ApplicationScoped
public class CapturaConsumer {
    private final IndicadorConCapturaRepository conCaptura;
    private final ObjectMapper json;

    public CapturaConsumer(IndicadorConCapturaRepository conCaptura, ObjectMapper json) {
        this.conCaptura = conCaptura;
        this.json = json;
    }

    @Incoming("capturas")
    @Transactional
    public void recibir(String payload) throws JsonProcessingException {
        var evento = json.readValue(payload, CapturaRegistradaEvent.class);
        if (evento.indicadorId() == null) {
            throw new IllegalArgumentException("CapturaRegistradaEvent sin indicadorId: " + evento.eventId());
        }
        conCaptura.registrar(evento.indicadorId());
    }
}
