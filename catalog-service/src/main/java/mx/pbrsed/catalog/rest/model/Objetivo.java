package mx.pbrsed.catalog.rest.model;

import java.util.UUID;
import mx.pbrsed.catalog.domain.Nivel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An objective of the MIR; registradoPor is the token subject that added it or last changed its texts. */
@Schema(requiredProperties = {"id", "clave", "nivel", "resumenNarrativo", "responsable", "padreId", "registradoPor"})
public record Objetivo(UUID id, String clave, Nivel nivel, String resumenNarrativo, @Schema(nullable = true) String responsable,
                       @Schema(nullable = true) UUID padreId, @Schema(nullable = true) String registradoPor) {
}
