package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Map;

/** The meta of one month, given as the values of the variables (V1 9, V2 9 gives a PORCENTAJE meta of 100). */
public record MetaMes(@NotNull @Min(1) @Max(12) Integer mes, @NotEmpty Map<String, @NotNull BigDecimal> valores) {
}
