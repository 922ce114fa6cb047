package mx.pbrsed.capture.rest.mapping;

import mx.pbrsed.capture.domain.VersionDevengado;
import mx.pbrsed.capture.rest.model.Devengado;
import mx.pbrsed.capture.rest.model.DevengadoRequest;
import mx.pbrsed.capture.service.DevengadoService.NuevoDevengado;

public final class DevengadoMapper {
    private DevengadoMapper() {
    }

    public static NuevoDevengado aComando(DevengadoRequest r) {
        return new NuevoDevengado(r.ejercicio(), r.programaClave(), r.trimestre(), r.devengadoAcumulado());
    }

    public static Devengado aModelo(VersionDevengado d) {
        return new Devengado(d.id(), d.ejercicio(), d.programaClave(), d.trimestre(), d.version(), d.devengadoAcumulado(),
                d.capturadoPor(), d.capturadoEn());
    }
}
