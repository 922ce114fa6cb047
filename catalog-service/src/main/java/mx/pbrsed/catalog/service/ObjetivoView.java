package mx.pbrsed.catalog.service;

import java.util.UUID;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.repository.ObjetivoEntity;

public record ObjetivoView(UUID id, String clave, Nivel nivel, String resumenNarrativo, String responsable, UUID padreId,
                           String registradoPor) {

    static ObjetivoView de(ObjetivoEntity o) {
        return new ObjetivoView(o.id, o.clave, o.nivel, o.resumenNarrativo, o.responsable, o.padreId, o.registradoPor);
    }
}
