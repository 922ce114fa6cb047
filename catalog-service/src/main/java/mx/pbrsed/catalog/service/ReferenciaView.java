package mx.pbrsed.catalog.service;

import java.time.OffsetDateTime;
import mx.pbrsed.catalog.repository.ReferenciaEntity;

/** An entry of a reference catalogue as stored; retiradoEn and retiradoPor once retired. */
public record ReferenciaView(String clave, String nombre, String ramo, OffsetDateTime retiradoEn,
                             String registradoPor, String retiradoPor) {

    static ReferenciaView de(ReferenciaEntity r) {
        return new ReferenciaView(r.clave, r.nombre, r.ramoClave, r.retiradoEn, r.registradoPor, r.retiradoPor);
    }
}
