package mx.pbrsed.catalog.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.EstadoIndicador;
import mx.pbrsed.catalog.domain.MetaMensual;
import mx.pbrsed.catalog.domain.MetodoCalculo;
import mx.pbrsed.catalog.domain.ParametrosSemaforo;
import mx.pbrsed.catalog.domain.RangoSemaforo;
import mx.pbrsed.catalog.domain.VariableIndicador;
import mx.pbrsed.catalog.messaging.IndicadorPublicadoEvent;
import mx.pbrsed.catalog.repository.Ficha;
import mx.pbrsed.catalog.repository.IndicadorEntity;
import mx.pbrsed.catalog.repository.IndicadorVersionEntity;
import mx.pbrsed.catalog.repository.MetaModificacionEntity;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ProgramaEntity;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.MetaMes;
import mx.pbrsed.catalog.rest.model.MetasDef;
import mx.pbrsed.catalog.rest.model.MetodoCalculoDef;
import mx.pbrsed.catalog.rest.model.ModificacionMetas;
import mx.pbrsed.catalog.rest.model.RangoSemaforoDef;
import mx.pbrsed.catalog.rest.model.VariableDef;
import mx.pbrsed.catalog.rest.model.VersionIndicador;

public final class IndicadorMapper {
    private IndicadorMapper() {
    }

    public static Indicador aModelo(IndicadorEntity i) {
        return aModelo(i.id, i.clave, i.version, i.estado, i.vigenteDesde, i.objetivo, i.ficha, i.actualizadoEn,
                i.registradoPor);
    }

    /** A past version reads as the indicator did then; the clave never changes. */
    public static Indicador aModelo(IndicadorVersionEntity v, String clave) {
        return aModelo(v.indicadorId, clave, v.version, v.estado, v.vigenteDesde, v.objetivo, v.ficha, v.publicadoEn,
                v.registradoPor);
    }

    private static Indicador aModelo(UUID id, String clave, int version, EstadoIndicador estado, LocalDate vigenteDesde,
                                     ObjetivoEntity objetivo, Ficha f, OffsetDateTime actualizadoEn,
                                     String registradoPor) {
        return new Indicador(id, clave, version, estado, vigenteDesde, objetivo.programa.ejercicio,
                objetivo.programa.clave, objetivo.id, objetivo.nivel, f.nombre(), f.tipo(), f.dimension(),
                f.comportamiento(), f.formulaDescendente(), f.frecuencia(), f.unidadMedida(),
                new MetodoCalculoDef(f.familia(), f.expresion()), variablesAModelo(f.variables()), f.lineaBase(),
                f.mediosVerificacion(), rangosAModelo(f.parametrosSemaforo()),
                new ParametrosSemaforo(f.parametrosSemaforo()).comoTextoPublicado(),
                new MetasDef(metasAModelo(f.metasAprobadas()), metasAModelo(f.metasModificadas())),
                actualizadoEn, registradoPor);
    }

    public static VersionIndicador aResumen(IndicadorVersionEntity v) {
        return new VersionIndicador(v.version, v.estado, v.vigenteDesde, v.publicadoEn, v.registradoPor);
    }

    public static ModificacionMetas aModelo(MetaModificacionEntity m) {
        return new ModificacionMetas(m.version, m.modificadoPor, m.modificadoEn, m.justificacion,
                metasAModelo(m.antes), metasAModelo(m.despues), m.registradoPor);
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

    public static List<VariableDef> variablesAModelo(List<VariableIndicador> variables) {
        return variables.stream().map(v -> new VariableDef(v.clave(), v.descripcion(), v.tipo())).toList();
    }

    public static List<RangoSemaforoDef> rangosAModelo(List<RangoSemaforo> rangos) {
        return rangos.stream().map(r -> new RangoSemaforoDef(r.desde(), r.hasta(), r.color())).toList();
    }

    public static List<MetaMes> metasAModelo(List<MetaMensual> metas) {
        return metas.stream().map(m -> new MetaMes(m.mes(), m.valores())).toList();
    }

    /** The whole definition as the version being published carries it. */
    public static IndicadorPublicadoEvent aEvento(IndicadorEntity i, MetodoCalculo metodo) {
        ObjetivoEntity objetivo = i.objetivo;
        ProgramaEntity programa = objetivo.programa;
        Ficha f = i.ficha;
        return new IndicadorPublicadoEvent(
                IndicadorPublicadoEvent.SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(),
                i.id, i.version, i.estado.name(), i.vigenteDesde,
                new IndicadorPublicadoEvent.ProgramaRef(programa.ejercicio, programa.clave, programa.nombre,
                        programa.ramoClave, programa.urClave),
                objetivo.nivel.name(), f.nombre(), f.tipo().name(), f.dimension().name(), f.comportamiento().name(),
                f.formulaDescendente().name(), f.frecuencia().name(), f.unidadMedida(),
                new IndicadorPublicadoEvent.MetodoCalculo(f.familia().name(), metodo.expresionTexto(),
                        ExpresionMapper.aNodo(metodo.arbol())),
                f.variables().stream()
                        .map(v -> new IndicadorPublicadoEvent.Variable(v.clave(), v.descripcion(), v.tipo().name()))
                        .toList(),
                f.metasModificadas().stream().map(m -> new IndicadorPublicadoEvent.Meta(m.mes(), m.valores())).toList(),
                f.parametrosSemaforo().stream()
                        .map(r -> new IndicadorPublicadoEvent.Rango(r.desde(), r.hasta(), r.color().name()))
                        .toList());
    }
}
