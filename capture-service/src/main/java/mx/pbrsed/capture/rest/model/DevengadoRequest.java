package mx.pbrsed.capture.rest.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program's devengado from January to the end of the trimestre, in MXN with 2 decimals; the author is the token's subject. */
@Schema(description = "A program's devengado up to a trimestre; the author is the token's subject")
public record DevengadoRequest(
        @NotNull @Min(2000) @Max(2100) Integer ejercicio,
        @NotBlank @Size(max = 10) String programaClave,
        @NotNull @Min(1) @Max(4) Integer trimestre,
        @Schema(description = "MXN accrued from January to the end of the trimestre: at least 0, at most 2 decimals")
        @NotNull BigDecimal devengadoAcumulado) {
}
