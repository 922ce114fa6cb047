package mx.pbrsed.catalog.mapping;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;
import mx.pbrsed.catalog.messaging.ProgramaPublicadoEvent;
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

    public static ProgramaPublicadoEvent aEvento(ProgramaEntity p) {
        return new ProgramaPublicadoEvent(ProgramaPublicadoEvent.SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(),
                p.id, p.version, p.ejercicio, p.clave, p.nombre,
                new ProgramaPublicadoEvent.ClaveNombre(p.ramoClave, p.ramoNombre),
                new ProgramaPublicadoEvent.ClaveNombre(p.urClave, p.urNombre),
                p.presupuestoAprobado.setScale(2), p.presupuestoModificado.setScale(2));
    }

    public static Programa aModelo(ProgramaEntity p) {
        return new Programa(p.id, p.version, p.ejercicio, new ClaveNombre(p.ramoClave, p.ramoNombre),
                new ClaveNombre(p.urClave, p.urNombre), p.clave, p.nombre, p.presupuestoAprobado,
                p.presupuestoModificado, p.objetivos.stream()
                        // MIR order as Nivel declares it; the column holds names, which sort otherwise
                        .sorted(Comparator.comparing((ObjetivoEntity o) -> o.nivel))
                        .map(ProgramaMapper::aModelo).toList(),
                p.actualizadoEn, p.registradoPor);
    }

    public static Objetivo aModelo(ObjetivoEntity o) {
        return new Objetivo(o.id, o.clave, o.nivel, o.resumenNarrativo, o.responsable, o.padreId, o.registradoPor);
    }
}
