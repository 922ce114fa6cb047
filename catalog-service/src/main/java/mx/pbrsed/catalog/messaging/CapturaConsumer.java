package mx.pbrsed.catalog.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import mx.pbrsed.catalog.metrics.EventosContados;
import mx.pbrsed.catalog.repository.IndicadorConCapturaRepository;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns from capture's topic which indicators have capturas, so that deleting one is refused.
 * Only presence matters, so applying an event twice or out of order is harmless; a record that
 * cannot be read goes to the dead-letter topic, while a transient database failure is retried in
 * place (Reintentos).
 */
@ApplicationScoped
@EventosContados
public class CapturaConsumer {
    private final IndicadorConCapturaRepository conCaptura;
    private final ObjectMapper json;
    private final Reintentos reintentos;

    public CapturaConsumer(IndicadorConCapturaRepository conCaptura, ObjectMapper json, Reintentos reintentos) {
        this.conCaptura = conCaptura;
        this.json = json;
        this.reintentos = reintentos;
    }

    @Incoming("capturas")
    @Blocking
    public void recibir(String payload) throws JsonProcessingException {
        var evento = json.readValue(payload, CapturaRegistradaEvent.class);
        if (evento.indicadorId() == null) {
            throw new IllegalArgumentException("CapturaRegistradaEvent sin indicadorId: " + evento.eventId());
        }
        reintentos.aplicar("capturas",
                () -> QuarkusTransaction.requiringNew().run(() -> conCaptura.registrar(evento.indicadorId())));
    }
}
