package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ClaveNombre(
        @NotNull @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
        @NotBlank @Size(max = Limites.NOMBRE) String nombre) {
}
