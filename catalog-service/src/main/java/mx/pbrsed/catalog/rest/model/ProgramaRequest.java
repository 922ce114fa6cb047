package mx.pbrsed.catalog.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

public record ProgramaRequest(
        @NotNull @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) Integer ejercicio,
        @NotNull @Valid ClaveNombre ramo,
        @NotNull @Valid ClaveNombre unidadResponsable,
        @NotNull @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
        @NotBlank @Size(max = Limites.NOMBRE) String nombre,
        @NotNull @PositiveOrZero @Digits(integer = Limites.PESOS_ENTEROS, fraction = Limites.PESOS_DECIMALES) BigDecimal presupuestoAprobado,
        @NotNull @PositiveOrZero @Digits(integer = Limites.PESOS_ENTEROS, fraction = Limites.PESOS_DECIMALES) BigDecimal presupuestoModificado) {
}
