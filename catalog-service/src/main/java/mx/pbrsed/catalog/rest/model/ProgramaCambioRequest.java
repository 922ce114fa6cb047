package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What may change of a programa once registered: its nombre and the presupuesto modificado (MXN). */
public record ProgramaCambioRequest(
        @NotBlank @Size(max = Limites.NOMBRE) String nombre,
        @NotNull @PositiveOrZero @Digits(integer = Limites.PESOS_ENTEROS, fraction = Limites.PESOS_DECIMALES) BigDecimal presupuestoModificado) {
}
