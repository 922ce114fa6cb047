package mx.pbrsed.capture.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A validator's decision on the latest version; a return (devolución) needs the comentario. */
public record RevisionRequest(
        @NotBlank @Size(max = Limites.AUTOR) String validadoPor,
        @Size(max = Limites.TEXTO) String comentario) {
}
