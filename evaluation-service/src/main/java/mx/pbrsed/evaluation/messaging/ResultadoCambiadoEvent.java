package mx.pbrsed.evaluation.messaging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.platform.outbox.EventoDeDominio;

/**
 * Schema version 1 of a changed result (topic "evaluaciones", key indicadorId), published only
 * when estado, logro, meta programada, avance or semáforo changed. semaforoAnterior is null for
 * a new result or one that had no colour; cambioDeColor is true whenever semaforo differs from it.
 */
public record ResultadoCambiadoEvent(
        int schemaVersion,
        UUID eventId,
        OffsetDateTime occurredAt,
        UUID indicadorId,
        int ejercicio,
        int trimestre,
        EstadoResultado estado,
        BigDecimal logro,
        BigDecimal metaProgramada,
        BigDecimal avancePorcentaje,
        Color semaforo,
        Color semaforoAnterior,
        boolean cambioDeColor,
        int definicionVersion,
        Integer capturaVersion) implements EventoDeDominio {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.resultado.cambiado";
    }
}
