package mx.pbrsed.evaluation.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The part of capture's "devengados" event (schema version 1) that evaluation needs:
 * devengadoAcumulado is accrued from January to the end of the quarter.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DevengadoRegistradoEvent(
        int schemaVersion,
        UUID eventId,
        int ejercicio,
        String programaClave,
        int trimestre,
        BigDecimal devengadoAcumulado,
        int version,
        String capturadoPor,
        OffsetDateTime capturadoEn) {
}
