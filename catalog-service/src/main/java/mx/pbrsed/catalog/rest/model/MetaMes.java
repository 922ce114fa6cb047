package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The meta of one month, given as the values of the variables (V1 9, V2 9 gives a PORCENTAJE meta of 100). */
public record MetaMes(
        @NotNull @Min(1) @Max(12) Integer mes,
        @Schema(required = true, description = "A value per variable: from 0, with at most " + Limites.VALOR_ENTEROS + " integer digits and "
                + Limites.VALOR_DECIMALES + " decimals (trailing zeros do not count), as capture-service takes a captured value",
                maxProperties = Limites.VARIABLES)
        @NotEmpty @Size(max = Limites.VARIABLES)
        Map<@Pattern(regexp = Limites.PATRON_VARIABLE, message = Limites.MENSAJE_VARIABLE) String,
                @NotNull @ValorDeVariable BigDecimal> valores) {
}
