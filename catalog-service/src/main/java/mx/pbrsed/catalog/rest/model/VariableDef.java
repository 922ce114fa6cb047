package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import mx.pbrsed.catalog.domain.TipoVariable;

public record VariableDef(
        @NotNull @Size(max = Limites.CLAVE_VARIABLE) @Pattern(regexp = Limites.PATRON_VARIABLE, message = Limites.MENSAJE_VARIABLE) String clave,
        @NotBlank @Size(max = Limites.TEXTO) String descripcion,
        @NotNull TipoVariable tipo) {
}
