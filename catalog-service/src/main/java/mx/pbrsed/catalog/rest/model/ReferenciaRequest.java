package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new entry of a reference catalogue; a unidad responsable names the clave of its ramo, others none. */
public record ReferenciaRequest(@NotBlank @Size(max = 10) String clave, @NotBlank String nombre, String ramo) {
}
