package mx.pbrsed.evaluation.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The part of capture's "capturas" event (schema version 1) that evaluation needs. A workflow
 * change (VALIDADA, DEVUELTA) republishes the same version with a higher revision; an event
 * without revision is revision 0 (the contract leaves it optional; the platform's LectorEventos
 * reads an absent number as 0). analisisLogro and the validator's comentario are only printed by
 * the report; absent (null) in a captura published before capture sent them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CapturaRegistradaEvent(
        int schemaVersion,
        UUID eventId,
        UUID capturaId,
        UUID indicadorId,
        int ejercicio,
        int trimestre,
        int version,
        int revision,
        String estado,
        List<ValoresMes> valoresPorMes,
        boolean preliminar,
        boolean tardia,
        String justificacionVariacion,
        OffsetDateTime capturadoEn,
        String analisisLogro,
        String comentario) {
}
