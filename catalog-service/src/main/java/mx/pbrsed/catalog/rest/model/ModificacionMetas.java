package mx.pbrsed.catalog.rest.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of the metas modificadas: the version that made it, who (the author the change names, and
 * the token subject that sent it), when, why, before and after.
 */
@Schema(requiredProperties = {"version", "modificadoPor", "modificadoEn", "justificacion", "antes", "despues", "registradoPor"})
public record ModificacionMetas(
        @Schema(minimum = "1", maximum = "2147483647") int version,
        @Schema(maxLength = Limites.NOMBRE) String modificadoPor,
        OffsetDateTime modificadoEn,
        @Schema(maxLength = Limites.TEXTO) String justificacion,
        @Schema(maxItems = Limites.METAS) List<MetaMes> antes,
        @Schema(maxItems = Limites.METAS) List<MetaMes> despues,
        @Schema(nullable = true, maxLength = Limites.SUJETO) String registradoPor) {
}
