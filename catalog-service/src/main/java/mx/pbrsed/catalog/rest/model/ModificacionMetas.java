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
        int version,
        String modificadoPor,
        OffsetDateTime modificadoEn,
        String justificacion,
        List<MetaMes> antes,
        List<MetaMes> despues,
        @Schema(nullable = true) String registradoPor) {
}
