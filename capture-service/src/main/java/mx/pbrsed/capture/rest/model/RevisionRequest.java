package mx.pbrsed.capture.rest.model;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A validator's decision on the latest version; a return (devolución) needs the comentario. The validator is the token's subject. */
@Schema(description = "A validator's decision; the validator is the token's subject")
public record RevisionRequest(
        @Schema(description = "Why; required to return a captura (what to correct)")
        @Size(max = Limites.TEXTO) String comentario) {
}
