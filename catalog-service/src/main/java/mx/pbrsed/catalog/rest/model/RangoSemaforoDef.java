package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import mx.pbrsed.catalog.domain.Color;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A half-open range [desde, hasta) of avance; hasta null means open-ended. */
public record RangoSemaforoDef(
        @NotNull @DecimalMin("0") @DecimalMax(Limites.AVANCE_MAXIMO) @Digits(integer = Limites.AVANCE_ENTEROS, fraction = Limites.AVANCE_DECIMALES)
        BigDecimal desde,
        @Schema(nullable = true) @DecimalMin("0") @DecimalMax(Limites.AVANCE_MAXIMO)
        @Digits(integer = Limites.AVANCE_ENTEROS, fraction = Limites.AVANCE_DECIMALES) BigDecimal hasta,
        @NotNull Color color) {
}
