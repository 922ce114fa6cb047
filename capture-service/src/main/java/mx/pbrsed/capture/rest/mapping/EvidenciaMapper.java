package mx.pbrsed.capture.rest.mapping;

import mx.pbrsed.capture.domain.EvidenciaAdjunta;
import mx.pbrsed.capture.rest.model.Evidencia;

public final class EvidenciaMapper {
    private EvidenciaMapper() {
    }

    public static Evidencia aModelo(EvidenciaAdjunta e) {
        return new Evidencia(e.id(), e.capturaId(), e.capturaVersion(), e.nombre(), e.tipoContenido(), e.tamano(),
                e.sha256(), e.subidoPor(), e.subidoEn());
    }
}
