package mx.pbrsed.catalog.rest.mapping;

import mx.pbrsed.catalog.rest.model.ClaveNombre;
import mx.pbrsed.catalog.rest.model.Objetivo;
import mx.pbrsed.catalog.rest.model.ObjetivoRequest;
import mx.pbrsed.catalog.rest.model.Programa;
import mx.pbrsed.catalog.rest.model.ProgramaCambioRequest;
import mx.pbrsed.catalog.rest.model.ProgramaRequest;
import mx.pbrsed.catalog.service.CambioProgramaCommand;
import mx.pbrsed.catalog.service.DatosPrograma;
import mx.pbrsed.catalog.service.ObjetivoCommand;
import mx.pbrsed.catalog.service.ObjetivoView;
import mx.pbrsed.catalog.service.ProgramaView;

public final class ProgramaMapper {
    private ProgramaMapper() {
    }

    public static DatosPrograma aDatos(ProgramaRequest r) {
        return new DatosPrograma(r.ejercicio(), r.ramo().clave(), r.ramo().nombre(), r.unidadResponsable().clave(),
                r.unidadResponsable().nombre(), r.clave(), r.nombre(), r.presupuestoAprobado(), r.presupuestoModificado());
    }

    public static ProgramaRequest aRequest(DatosPrograma d) {
        return new ProgramaRequest(d.ejercicio(), new ClaveNombre(d.ramoClave(), d.ramoNombre()),
                new ClaveNombre(d.urClave(), d.urNombre()), d.clave(), d.nombre(), d.presupuestoAprobado(),
                d.presupuestoModificado());
    }

    public static CambioProgramaCommand aComando(ProgramaCambioRequest r) {
        return new CambioProgramaCommand(r.nombre(), r.presupuestoModificado());
    }

    public static ObjetivoCommand aComando(ObjetivoRequest r) {
        return new ObjetivoCommand(r.clave(), r.nivel(), r.resumenNarrativo(), r.responsable(), r.padreId());
    }

    public static Programa aModelo(ProgramaView p) {
        DatosPrograma d = p.datos();
        return new Programa(p.id(), p.version(), d.ejercicio(), new ClaveNombre(d.ramoClave(), d.ramoNombre()),
                new ClaveNombre(d.urClave(), d.urNombre()), d.clave(), d.nombre(), d.presupuestoAprobado(),
                d.presupuestoModificado(), p.objetivos().stream().map(ProgramaMapper::aModelo).toList(),
                p.actualizadoEn(), p.registradoPor());
    }

    public static Objetivo aModelo(ObjetivoView o) {
        return new Objetivo(o.id(), o.clave(), o.nivel(), o.resumenNarrativo(), o.responsable(), o.padreId(), o.registradoPor());
    }
}
