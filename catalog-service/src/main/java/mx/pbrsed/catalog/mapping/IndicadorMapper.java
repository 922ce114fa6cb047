package mx.pbrsed.catalog.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.MetaMensual;
import mx.pbrsed.catalog.domain.MetodoCalculo;
import mx.pbrsed.catalog.domain.ParametrosSemaforo;
import mx.pbrsed.catalog.domain.RangoSemaforo;
import mx.pbrsed.catalog.domain.VariableIndicador;
import mx.pbrsed.catalog.messaging.IndicadorPublicadoEvent;
import mx.pbrsed.catalog.repository.IndicadorEntity;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.MetaMes;
import mx.pbrsed.catalog.rest.model.MetasDef;
import mx.pbrsed.catalog.rest.model.MetodoCalculoDef;
import mx.pbrsed.catalog.rest.model.RangoSemaforoDef;
import mx.pbrsed.catalog.rest.model.VariableDef;

public final class IndicadorMapper {
    private IndicadorMapper() {
    }

    public static Indicador aModelo(IndicadorEntity i) {
        ProgramaEntity programa = i.objetivo.programa;
        return new Indicador(i.id, i.version, i.estado, programa.ejercicio, programa.clave, i.objetivo.id,
                i.objetivo.nivel, i.nombre, i.tipo, i.dimension, i.comportamiento, i.formulaDescendente,
                i.frecuencia, i.unidadMedida, new MetodoCalculoDef(i.familia, i.expresion),
                i.variables.stream().map(v -> new VariableDef(v.clave(), v.descripcion(), v.tipo())).toList(),
                i.lineaBase, i.mediosVerificacion,
                i.parametrosSemaforo.stream().map(r -> new RangoSemaforoDef(r.desde(), r.hasta(), r.color())).toList(),
                new ParametrosSemaforo(i.parametrosSemaforo).comoTextoPublicado(),
                new MetasDef(aModelo(i.metasAprobadas), aModelo(i.metasModificadas)),
                i.actualizadoEn);
    }

    public static List<VariableIndicador> aDominio(List<VariableDef> variables) {
        return variables.stream().map(v -> new VariableIndicador(v.clave(), v.descripcion(), v.tipo())).toList();
    }

    public static List<RangoSemaforo> rangosADominio(List<RangoSemaforoDef> rangos) {
        return rangos.stream().map(r -> new RangoSemaforo(r.desde(), r.hasta(), r.color())).toList();
    }

    public static List<MetaMensual> metasADominio(List<MetaMes> metas) {
        return metas.stream().map(m -> new MetaMensual(m.mes(), m.valores())).toList();
    }

    private static List<MetaMes> aModelo(List<MetaMensual> metas) {
        return metas.stream().map(m -> new MetaMes(m.mes(), m.valores())).toList();
    }

    public static IndicadorPublicadoEvent aEvento(IndicadorEntity i, MetodoCalculo metodo) {
        ProgramaEntity programa = i.objetivo.programa;
        return new IndicadorPublicadoEvent(
                IndicadorPublicadoEvent.SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(),
                i.id, i.version, i.estado.name(),
                new IndicadorPublicadoEvent.ProgramaRef(programa.ejercicio, programa.clave, programa.nombre,
                        programa.ramoClave, programa.urClave),
                i.objetivo.nivel.name(), i.nombre, i.tipo.name(), i.dimension.name(), i.comportamiento.name(),
                i.formulaDescendente.name(), i.frecuencia.name(), i.unidadMedida,
                new IndicadorPublicadoEvent.MetodoCalculo(i.familia.name(), metodo.expresionTexto(),
                        ExpresionMapper.aNodo(metodo.arbol())),
                i.variables.stream()
                        .map(v -> new IndicadorPublicadoEvent.Variable(v.clave(), v.descripcion(), v.tipo().name()))
                        .toList(),
                i.metasModificadas.stream().map(m -> new IndicadorPublicadoEvent.Meta(m.mes(), m.valores())).toList(),
                i.parametrosSemaforo.stream()
                        .map(r -> new IndicadorPublicadoEvent.Rango(r.desde(), r.hasta(), r.color().name()))
                        .toList());
    }
}
