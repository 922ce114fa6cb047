package mx.pbrsed.catalog.rest.mapping;

import mx.pbrsed.catalog.rest.model.Referencia;
import mx.pbrsed.catalog.rest.model.ReferenciaRequest;
import mx.pbrsed.catalog.service.ReferenciaCommand;
import mx.pbrsed.catalog.service.ReferenciaView;

public final class ReferenciaMapper {
    private ReferenciaMapper() {
    }

    public static ReferenciaCommand aComando(ReferenciaRequest r) {
        return new ReferenciaCommand(r.clave(), r.nombre(), r.ramo());
    }

    public static Referencia aModelo(ReferenciaView r) {
        return new Referencia(r.clave(), r.nombre(), r.ramo(), r.retiradoEn(), r.registradoPor(), r.retiradoPor());
    }
}
