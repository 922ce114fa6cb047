package mx.pbrsed.evaluation.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.Proyeccion;
import mx.pbrsed.platform.outbox.EventoDeDominio;

/**
 * Schema version 1 of an early warning (topic "alertas-tempranas", key indicadorId): the year-end
 * projection of an indicator-period changed colour (SPEC rule 10), once per change. semaforoAnterior
 * is null for a period's first projection, announced only when at risk; enRiesgo is false when the
 * indicator is back on track (VERDE).
 */
public record AlertaTempranaEvent(
        int schemaVersion,
        UUID eventId,
        OffsetDateTime occurredAt,
        UUID indicadorId,
        int ejercicio,
        int trimestre,
        String programaClave,
        String nombre,
        Color semaforoProyectado,
        Color semaforoAnterior,
        boolean enRiesgo,
        BigDecimal logroProyectado,
        BigDecimal metaAnual,
        BigDecimal avanceProyectadoPorcentaje,
        String traza,
        int definicionVersion,
        Integer capturaVersion) implements EventoDeDominio {

    public static final int SCHEMA_VERSION = 1;

    public static AlertaTempranaEvent de(UUID indicadorId, int ejercicio, int trimestre, String programaClave,
                                         String nombre, OffsetDateTime calculadoEn, Proyeccion proyeccion,
                                         Color semaforoAnterior, int definicionVersion, Integer capturaVersion) {
        return new AlertaTempranaEvent(SCHEMA_VERSION, UUID.randomUUID(), calculadoEn, indicadorId, ejercicio, trimestre,
                programaClave, nombre, proyeccion.semaforoProyectado(), semaforoAnterior, proyeccion.enRiesgo(),
                proyeccion.logroProyectado(), proyeccion.metaAnual(), proyeccion.avanceProyectadoPorcentaje(),
                proyeccion.traza(), definicionVersion, capturaVersion);
    }

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.alerta.temprana";
    }
}
