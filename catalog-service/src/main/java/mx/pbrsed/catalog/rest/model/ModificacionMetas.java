package mx.pbrsed.catalog.rest.model;

import java.time.OffsetDateTime;
import java.util.List;

/** A change of the metas modificadas: the version that made it, who, when, why, before and after. */
public record ModificacionMetas(
        int version,
        String modificadoPor,
        OffsetDateTime modificadoEn,
        String justificacion,
        List<MetaMes> antes,
        List<MetaMes> despues) {
}
