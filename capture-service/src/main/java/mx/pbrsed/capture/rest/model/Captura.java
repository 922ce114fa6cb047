package mx.pbrsed.capture.rest.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.EstadoCaptura;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of an indicator-period's captura, with who captured it and who reviewed it",
        requiredProperties = {"id", "indicadorId", "ejercicio", "trimestre", "version", "estado", "definicionVersion",
                "valoresPorMes", "analisisLogro", "justificacionVariacion", "preliminar", "tardia", "diasRetraso",
                "capturadoPor", "capturadoEn", "revision", "validadoPor", "validadoEn", "comentario"})
public record Captura(
        UUID id,
        UUID indicadorId,
        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO)
        int ejercicio,
        @Schema(minimum = "1", maximum = "4")
        int trimestre,
        @Schema(description = "1 for the period's first captura, +1 per correction", minimum = "1", maximum = "2147483647")
        int version,
        EstadoCaptura estado,
        @Schema(description = "The version of the indicator's definition the values were checked against",
                minimum = "1", maximum = "2147483647")
        int definicionVersion,
        @Schema(description = "The values per month; a quarterly captura's belong to the quarter's last month", maxItems = 3)
        List<ValoresMes> valoresPorMes,
        @Schema(nullable = true, maxLength = Limites.TEXTO)
        String analisisLogro,
        @Schema(nullable = true, maxLength = Limites.TEXTO)
        String justificacionVariacion,
        boolean preliminar,
        @Schema(description = "Recorded after its window closed")
        boolean tardia,
        @Schema(description = "Calendar days after the window closed (America/Mexico_City); 0 when on time",
                minimum = "0", maximum = "2147483647")
        int diasRetraso,
        @Schema(description = "The subject of the token that recorded it", maxLength = Limites.SUJETO)
        String capturadoPor,
        OffsetDateTime capturadoEn,
        @Schema(description = "0 when sent; +1 per VALIDADA or DEVUELTA of this version", minimum = "0", maximum = "2147483647")
        int revision,
        @Schema(nullable = true, description = "The subject of the validator's token", maxLength = Limites.SUJETO)
        String validadoPor,
        @Schema(nullable = true, format = "date-time", maxLength = 35)
        OffsetDateTime validadoEn,
        @Schema(nullable = true, maxLength = Limites.TEXTO)
        String comentario) {
}
