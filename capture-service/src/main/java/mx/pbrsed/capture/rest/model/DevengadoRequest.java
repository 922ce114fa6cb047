package mx.pbrsed.capture.rest.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program's devengado from January to the end of the trimestre, in MXN with 2 decimals; the author is the token's subject. */
@Schema(description = "A program's devengado up to a trimestre; the author is the token's subject")
public record DevengadoRequest(
        @NotNull @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) Integer ejercicio,
        @NotNull @Size(max = Limites.CLAVE_PROGRAMA)
        @Pattern(regexp = Limites.PATRON_CLAVE_PROGRAMA, message = Limites.MENSAJE_CLAVE_PROGRAMA)
        String programaClave,
        @NotNull @Min(1) @Max(4) Integer trimestre,
        @Schema(description = "MXN accrued from January to the end of the trimestre: at least 0, at most 2 decimals")
        @NotNull @Cifra(enteros = Limites.PESOS_ENTEROS, decimales = Limites.PESOS_DECIMALES)
        BigDecimal devengadoAcumulado) {
}
