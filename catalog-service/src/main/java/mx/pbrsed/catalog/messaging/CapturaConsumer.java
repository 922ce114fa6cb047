package mx.pbrsed.catalog.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import mx.pbrsed.catalog.repository.IndicadorConCapturaRepository;
import mx.pbrsed.platform.consumo.EventosContados;
import mx.pbrsed.platform.consumo.LectorEventos;
import mx.pbrsed.platform.consumo.Reintentos;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Learns from capture's topic which indicators have capturas, so that deleting one is refused.
 * Only presence matters, so applying an event twice or out of order is harmless; a record that
 * cannot be read (or is of an unknown schema version) goes to the dead-letter topic, while a
 * transient database failure is retried in place (Reintentos).
 */
@ApplicationScoped
@EventosContados
public class CapturaConsumer {
    private final IndicadorConCapturaRepository conCaptura;
    private final LectorEventos lector;
    private final Reintentos reintentos;

    public CapturaConsumer(IndicadorConCapturaRepository conCaptura, LectorEventos lector, Reintentos reintentos) {
        this.conCaptura = conCaptura;
        this.lector = lector;
        this.reintentos = reintentos;
    }

    @Incoming("capturas")
    @Blocking
    public void recibir(String payload) throws JsonProcessingException {
        var evento = lector.leer(payload, CapturaRegistradaEvent.class);
        if (evento.indicadorId() == null) {
            throw new IllegalArgumentException("CapturaRegistradaEvent sin indicadorId: " + evento.eventId());
        }
        reintentos.aplicar("capturas", () -> conCaptura.registrar(evento.indicadorId()));
    }
}
