package mx.pbrsed.catalog.rest.model;

import java.util.UUID;
import mx.pbrsed.catalog.domain.Nivel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective of the MIR; registradoPor is the token subject that added it or last changed its texts. */
@Schema(requiredProperties = {"id", "clave", "nivel", "resumenNarrativo", "responsable", "padreId", "registradoPor"})
public record Objetivo(
        UUID id,
        @Schema(maxLength = Limites.CLAVE_OBJETIVO) String clave,
        Nivel nivel,
        @Schema(maxLength = Limites.TEXTO) String resumenNarrativo,
        @Schema(nullable = true, maxLength = Limites.NOMBRE) String responsable,
        @Schema(nullable = true) UUID padreId,
        @Schema(nullable = true, maxLength = Limites.SUJETO) String registradoPor) {
}
