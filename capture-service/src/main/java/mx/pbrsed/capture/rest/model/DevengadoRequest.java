package mx.pbrsed.capture.rest.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A program's devengado from January to the end of the trimestre, in MXN with 2 decimals. */
public record DevengadoRequest(
        @NotNull @Min(2000) @Max(2100) Integer ejercicio,
        @NotBlank @Size(max = 10) String programaClave,
        @NotNull @Min(1) @Max(4) Integer trimestre,
        @NotNull BigDecimal devengadoAcumulado,
        @NotBlank @Size(max = Limites.AUTOR) String capturadoPor) {
}
