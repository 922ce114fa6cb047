package mx.pbrsed.capture.rest.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a program's devengado for a trimestre",
        requiredProperties = {"id", "ejercicio", "programaClave", "trimestre", "version", "devengadoAcumulado",
                "capturadoPor", "capturadoEn"})
public record Devengado(UUID id,
                        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO) int ejercicio,
                        @Schema(maxLength = Limites.CLAVE_PROGRAMA, pattern = Limites.PATRON_CLAVE_PROGRAMA) String programaClave,
                        @Schema(minimum = "1", maximum = "4") int trimestre,
                        @Schema(minimum = "1", maximum = "2147483647") int version,
                        @Schema(description = "MXN accrued from January to the end of the trimestre, 2 decimals")
                        BigDecimal devengadoAcumulado,
                        @Schema(description = "The subject of the token that recorded it", maxLength = Limites.SUJETO)
                        String capturadoPor,
                        OffsetDateTime capturadoEn) {
}
