package mx.pbrsed.catalog.mapping;

import java.util.Comparator;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.catalog.rest.model.ClaveNombre;
import mx.pbrsed.catalog.rest.model.Objetivo;
import mx.pbrsed.catalog.rest.model.Programa;
import mx.pbrsed.catalog.rest.model.ProgramaRequest;

public final class ProgramaMapper {
    private ProgramaMapper() {
    }

    public static void copiar(ProgramaRequest origen, ProgramaEntity destino) {
        destino.ejercicio = origen.ejercicio();
        destino.clave = origen.clave();
        destino.nombre = origen.nombre();
        destino.ramoClave = origen.ramo().clave();
        destino.ramoNombre = origen.ramo().nombre();
        destino.urClave = origen.unidadResponsable().clave();
        destino.urNombre = origen.unidadResponsable().nombre();
        destino.presupuestoAprobado = origen.presupuestoAprobado();
        destino.presupuestoModificado = origen.presupuestoModificado();
    }

    public static Programa aModelo(ProgramaEntity p) {
        return new Programa(p.id, p.ejercicio, new ClaveNombre(p.ramoClave, p.ramoNombre),
                new ClaveNombre(p.urClave, p.urNombre), p.clave, p.nombre, p.presupuestoAprobado,
                p.presupuestoModificado, p.objetivos.stream()
                        // MIR order as Nivel declares it; the column holds names, which sort otherwise
                        .sorted(Comparator.comparing((ObjetivoEntity o) -> o.nivel))
                        .map(ProgramaMapper::aModelo).toList());
    }

    public static Objetivo aModelo(ObjetivoEntity o) {
        return new Objetivo(o.id, o.nivel, o.resumenNarrativo, o.responsable, o.padreId);
    }
}
