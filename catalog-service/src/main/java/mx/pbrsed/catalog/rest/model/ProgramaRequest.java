package mx.pbrsed.catalog.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record ProgramaRequest(
        @NotNull @Min(2000) @Max(2100) Integer ejercicio,
        @NotNull @Valid ClaveNombre ramo,
        @NotNull @Valid ClaveNombre unidadResponsable,
        @NotBlank @Size(max = 10) String clave,
        @NotBlank String nombre,
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal presupuestoAprobado,
        @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal presupuestoModificado) {
}
