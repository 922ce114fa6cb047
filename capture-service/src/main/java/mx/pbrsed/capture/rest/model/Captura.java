package mx.pbrsed.capture.rest.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.messaging.ValoresMes;

public record Captura(
        UUID id,
        UUID indicadorId,
        int ejercicio,
        int trimestre,
        int version,
        EstadoCaptura estado,
        int definicionVersion,
        List<ValoresMes> valoresPorMes,
        String analisisLogro,
        String justificacionVariacion,
        boolean preliminar,
        boolean tardia,
        int diasRetraso,
        String capturadoPor,
        OffsetDateTime capturadoEn,
        int revision,
        String validadoPor,
        OffsetDateTime validadoEn,
        String comentario) {
}
