package mx.pbrsed.capture.rest.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.messaging.ValoresMes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of an indicator-period's captura, with who captured it and who reviewed it",
        requiredProperties = {"id", "indicadorId", "ejercicio", "trimestre", "version", "estado", "definicionVersion",
                "valoresPorMes", "analisisLogro", "justificacionVariacion", "preliminar", "tardia", "diasRetraso",
                "capturadoPor", "capturadoEn", "revision", "validadoPor", "validadoEn", "comentario"})
public record Captura(
        UUID id,
        UUID indicadorId,
        int ejercicio,
        int trimestre,
        @Schema(description = "1 for the period's first captura, +1 per correction")
        int version,
        EstadoCaptura estado,
        @Schema(description = "The version of the indicator's definition the values were checked against")
        int definicionVersion,
        @Schema(description = "The values per month; a quarterly captura's belong to the quarter's last month")
        List<ValoresMes> valoresPorMes,
        @Schema(nullable = true)
        String analisisLogro,
        @Schema(nullable = true)
        String justificacionVariacion,
        boolean preliminar,
        @Schema(description = "Recorded after its window closed")
        boolean tardia,
        @Schema(description = "Calendar days after the window closed (America/Mexico_City); 0 when on time")
        int diasRetraso,
        @Schema(description = "The subject of the token that recorded it")
        String capturadoPor,
        OffsetDateTime capturadoEn,
        @Schema(description = "0 when sent; +1 per VALIDADA or DEVUELTA of this version")
        int revision,
        @Schema(nullable = true, description = "The subject of the validator's token")
        String validadoPor,
        @Schema(nullable = true)
        OffsetDateTime validadoEn,
        @Schema(nullable = true)
        String comentario) {
}
