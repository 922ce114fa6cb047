package mx.pbrsed.catalog.rest.mapping;

import java.util.List;
import mx.pbrsed.catalog.domain.FichaTecnica;
import mx.pbrsed.catalog.domain.MetaMensual;
import mx.pbrsed.catalog.domain.ParametrosSemaforo;
import mx.pbrsed.catalog.domain.RangoSemaforo;
import mx.pbrsed.catalog.domain.VariableIndicador;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.IndicadorRequest;
import mx.pbrsed.catalog.rest.model.MetaMes;
import mx.pbrsed.catalog.rest.model.MetasDef;
import mx.pbrsed.catalog.rest.model.MetodoCalculoDef;
import mx.pbrsed.catalog.rest.model.ModificacionMetas;
import mx.pbrsed.catalog.rest.model.PaginaDeIndicadores;
import mx.pbrsed.catalog.rest.model.RangoSemaforoDef;
import mx.pbrsed.catalog.rest.model.VariableDef;
import mx.pbrsed.catalog.rest.model.VersionIndicador;
import mx.pbrsed.catalog.service.IndicadorCommand;
import mx.pbrsed.catalog.service.IndicadorView;
import mx.pbrsed.catalog.service.ModificacionMetasView;
import mx.pbrsed.catalog.service.PaginaView;
import mx.pbrsed.catalog.service.VersionView;

public final class IndicadorMapper {
    private IndicadorMapper() {
    }

    public static IndicadorCommand aComando(IndicadorRequest r) {
        var ficha = new FichaTecnica(r.nombre(), r.tipo(), r.dimension(), r.comportamiento(), r.formulaDescendente(),
                r.frecuencia(), r.unidadMedida(), r.metodoCalculo().familia(), r.metodoCalculo().expresion(),
                r.lineaBase(), r.anioLineaBase(), r.mediosVerificacion(),
                r.variables().stream().map(v -> new VariableIndicador(v.clave(), v.descripcion(), v.tipo())).toList(),
                r.parametrosSemaforo() == null ? null
                        : r.parametrosSemaforo().stream().map(x -> new RangoSemaforo(x.desde(), x.hasta(), x.color())).toList(),
                metasADominio(r.metasCalendarizadas().aprobadas()), metasADominio(r.metasCalendarizadas().modificadas()));
        return new IndicadorCommand(r.clave(), r.objetivoId(), ficha, r.vigenteDesde(), r.justificacion(), r.modificadoPor());
    }

    /** A ficha as a document carries it: named by its clave, with the justification of its metas modificadas, without objective, date or author. */
    public static IndicadorRequest aRequest(IndicadorCommand c) {
        FichaTecnica f = c.ficha();
        return new IndicadorRequest(c.clave(), null, f.nombre(), f.tipo(), f.dimension(), f.comportamiento(),
                f.formulaDescendente(), f.frecuencia(), f.unidadMedida(), new MetodoCalculoDef(f.familia(), f.expresion()),
                variables(f.variables()), f.lineaBase(), f.anioLineaBase(), f.mediosVerificacion(), rangos(f.parametrosSemaforo()),
                new MetasDef(metas(f.metasAprobadas()), metas(f.metasModificadas())), null, c.justificacion(), null);
    }

    public static Indicador aModelo(IndicadorView i) {
        FichaTecnica f = i.ficha();
        return new Indicador(i.id(), i.clave(), i.version(), i.estado(), i.vigenteDesde(), i.ejercicio(), i.programaClave(),
                i.objetivoId(), i.nivel(), f.nombre(), f.tipo(), f.dimension(), f.comportamiento(), f.formulaDescendente(),
                f.frecuencia(), f.unidadMedida(), new MetodoCalculoDef(f.familia(), f.expresion()), variables(f.variables()),
                f.lineaBase(), f.anioLineaBase(), f.mediosVerificacion(), rangos(f.parametrosSemaforo()),
                new ParametrosSemaforo(f.parametrosSemaforo()).comoTextoPublicado(),
                new MetasDef(metas(f.metasAprobadas()), metas(f.metasModificadas())), i.actualizadoEn(), i.registradoPor());
    }

    public static PaginaDeIndicadores aModelo(PaginaView p) {
        return new PaginaDeIndicadores(p.items().stream().map(IndicadorMapper::aModelo).toList(), p.page(), p.size(), p.total());
    }

    public static VersionIndicador aModelo(VersionView v) {
        return new VersionIndicador(v.version(), v.estado(), v.vigenteDesde(), v.publicadoEn(), v.registradoPor());
    }

    public static ModificacionMetas aModelo(ModificacionMetasView m) {
        return new ModificacionMetas(m.version(), m.modificadoPor(), m.modificadoEn(), m.justificacion(),
                metas(m.antes()), metas(m.despues()), m.registradoPor());
    }

    private static List<MetaMensual> metasADominio(List<MetaMes> metas) {
        return metas.stream().map(m -> new MetaMensual(m.mes(), m.valores())).toList();
    }

    private static List<VariableDef> variables(List<VariableIndicador> variables) {
        return variables.stream().map(v -> new VariableDef(v.clave(), v.descripcion(), v.tipo())).toList();
    }

    private static List<RangoSemaforoDef> rangos(List<RangoSemaforo> rangos) {
        return rangos.stream().map(r -> new RangoSemaforoDef(r.desde(), r.hasta(), r.color())).toList();
    }

    private static List<MetaMes> metas(List<MetaMensual> metas) {
        return metas.stream().map(m -> new MetaMes(m.mes(), m.valores())).toList();
    }
}
