package mx.pbrsed.evaluation.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.domain.ValorResultado;
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

    /** The change of a period's result from {@code anterior} (null: it had none) to {@code valor}. */
    public static ResultadoCambiadoEvent de(UUID indicadorId, int ejercicio, int trimestre, OffsetDateTime calculadoEn,
                                            ValorResultado valor, ValorResultado anterior) {
        Color semaforoAnterior = anterior == null ? null : anterior.semaforo();
        return new ResultadoCambiadoEvent(SCHEMA_VERSION, UUID.randomUUID(), calculadoEn, indicadorId, ejercicio,
                trimestre, valor.estado(), valor.logro(), valor.metaProgramada(), valor.avancePorcentaje(),
                valor.semaforo(), semaforoAnterior, valor.semaforo() != semaforoAnterior, valor.definicionVersion(),
                valor.capturaVersion());
    }

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.resultado.cambiado";
    }
}
