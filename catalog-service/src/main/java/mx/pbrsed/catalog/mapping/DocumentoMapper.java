package mx.pbrsed.catalog.mapping;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.pbrsed.catalog.repository.Ficha;
import mx.pbrsed.catalog.repository.IndicadorEntity;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.catalog.rest.model.ClaveNombre;
import mx.pbrsed.catalog.rest.model.DocumentoPrograma;
import mx.pbrsed.catalog.rest.model.IndicadorRequest;
import mx.pbrsed.catalog.rest.model.MetasDef;
import mx.pbrsed.catalog.rest.model.MetodoCalculoDef;
import mx.pbrsed.catalog.rest.model.ObjetivoDocumento;
import mx.pbrsed.catalog.rest.model.ProgramaRequest;

public final class DocumentoMapper {
    private DocumentoMapper() {
    }

    /** Objectives in MIR order then by clave, each with its indicators by clave: the same catalog always exports the same text. */
    public static DocumentoPrograma aDocumento(ProgramaEntity p, List<IndicadorEntity> indicadores) {
        Map<UUID, String> claves = p.objetivos.stream().collect(Collectors.toMap(o -> o.id, o -> o.clave));
        Map<UUID, List<IndicadorEntity>> porObjetivo = indicadores.stream()
                .collect(Collectors.groupingBy(i -> i.objetivo.id));
        List<ObjetivoDocumento> objetivos = p.objetivos.stream()
                .sorted(Comparator.comparing((ObjetivoEntity o) -> o.nivel).thenComparing(o -> o.clave))
                .map(o -> new ObjetivoDocumento(o.clave, o.nivel, o.resumenNarrativo, o.responsable,
                        o.padreId == null ? null : claves.get(o.padreId),
                        porObjetivo.getOrDefault(o.id, List.of()).stream()
                                .sorted(Comparator.comparing(i -> i.clave))
                                .map(DocumentoMapper::aFicha).toList()))
                .toList();
        var programa = new ProgramaRequest(p.ejercicio, new ClaveNombre(p.ramoClave, p.ramoNombre),
                new ClaveNombre(p.urClave, p.urNombre), p.clave, p.nombre, p.presupuestoAprobado, p.presupuestoModificado);
        return new DocumentoPrograma(programa, null, null, objetivos);
    }

    private static IndicadorRequest aFicha(IndicadorEntity i) {
        Ficha f = i.ficha;
        return new IndicadorRequest(i.clave, null, f.nombre(), f.tipo(), f.dimension(), f.comportamiento(),
                f.formulaDescendente(), f.frecuencia(), f.unidadMedida(), new MetodoCalculoDef(f.familia(), f.expresion()),
                IndicadorMapper.variablesAModelo(f.variables()), f.lineaBase(), f.mediosVerificacion(),
                IndicadorMapper.rangosAModelo(f.parametrosSemaforo()),
                new MetasDef(IndicadorMapper.metasAModelo(f.metasAprobadas()), IndicadorMapper.metasAModelo(f.metasModificadas())),
                null, null, null);
    }
}
