package mx.pbrsed.catalog.service;

import java.time.OffsetDateTime;
import java.util.List;
import mx.pbrsed.catalog.domain.MetaMensual;
import mx.pbrsed.catalog.repository.MetaModificacionEntity;

/** A change of the metas modificadas: the version that made it, who, when, why, before and after. */
public record ModificacionMetasView(int version, String modificadoPor, OffsetDateTime modificadoEn, String justificacion,
                                    List<MetaMensual> antes, List<MetaMensual> despues, String registradoPor) {

    static ModificacionMetasView de(MetaModificacionEntity m) {
        return new ModificacionMetasView(m.version, m.modificadoPor, m.modificadoEn, m.justificacion, m.antes, m.despues,
                m.registradoPor);
    }
}
