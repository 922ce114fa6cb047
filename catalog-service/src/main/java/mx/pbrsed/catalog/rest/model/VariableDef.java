package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import mx.pbrsed.catalog.domain.TipoVariable;

public record VariableDef(
        @NotBlank @Pattern(regexp = "V[1-9][0-9]*", message = "debe ser V1, V2, ...") String clave,
        @NotBlank String descripcion,
        @NotNull TipoVariable tipo) {
}
