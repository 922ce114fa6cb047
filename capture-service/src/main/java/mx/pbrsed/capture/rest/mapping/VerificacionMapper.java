package mx.pbrsed.capture.rest.mapping;

import mx.pbrsed.capture.domain.CadenaCaptura;
import mx.pbrsed.capture.rest.model.RupturaDeCadena;
import mx.pbrsed.capture.rest.model.Verificacion;
import mx.pbrsed.capture.service.VerificacionService;

public final class VerificacionMapper {
    private VerificacionMapper() {
    }

    public static Verificacion aModelo(VerificacionService.Verificacion v) {
        return new Verificacion(v.rupturas().isEmpty(), v.cadenas(), v.versiones(),
                v.rupturas().stream().map(VerificacionMapper::aModelo).toList(), v.siguiente());
    }

    private static RupturaDeCadena aModelo(CadenaCaptura.Ruptura r) {
        String periodo = r.ejercicio() + " T" + r.trimestre();
        String detalle = switch (r.tipo()) {
            case CONTENIDO -> "La versión " + r.version() + " de " + periodo
                    + " no corresponde a su hash: se modificó en la base de datos después de registrarse";
            case ENLACE -> "La versión " + r.version() + " de " + periodo + " no enlaza con la versión anterior almacenada: "
                    + "se borró, reemplazó o volvió a sellar una versión de ese periodo";
        };
        return new RupturaDeCadena(r.indicadorId(), r.ejercicio(), r.trimestre(), r.version(), r.tipo().name(), r.esperado(),
                r.almacenado(), detalle);
    }
}
