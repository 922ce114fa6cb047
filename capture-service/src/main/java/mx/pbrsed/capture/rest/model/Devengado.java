package mx.pbrsed.capture.rest.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a program's devengado for a trimestre",
        requiredProperties = {"id", "ejercicio", "programaClave", "trimestre", "version", "devengadoAcumulado",
                "capturadoPor", "capturadoEn"})
public record Devengado(UUID id, int ejercicio, String programaClave, int trimestre, int version,
                        @Schema(description = "MXN accrued from January to the end of the trimestre, 2 decimals")
                        BigDecimal devengadoAcumulado,
                        @Schema(description = "The subject of the token that recorded it")
                        String capturadoPor,
                        OffsetDateTime capturadoEn) {
}
