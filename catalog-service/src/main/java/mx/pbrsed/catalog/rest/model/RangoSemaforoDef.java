package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import mx.pbrsed.catalog.domain.Color;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A half-open range [desde, hasta) of avance; hasta null means open-ended. */
public record RangoSemaforoDef(@NotNull BigDecimal desde, @Schema(nullable = true) BigDecimal hasta, @NotNull Color color) {
}
