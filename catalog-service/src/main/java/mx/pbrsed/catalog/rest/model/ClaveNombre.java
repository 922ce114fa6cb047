package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ClaveNombre(@NotBlank @Size(max = 10) String clave, @NotBlank String nombre) {
}
