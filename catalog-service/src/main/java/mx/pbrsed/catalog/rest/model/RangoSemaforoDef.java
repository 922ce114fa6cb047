package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import mx.pbrsed.catalog.domain.Color;

/** A half-open range [desde, hasta) of avance; hasta null means open-ended. */
public record RangoSemaforoDef(@NotNull BigDecimal desde, BigDecimal hasta, @NotNull Color color) {
}
