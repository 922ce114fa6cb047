package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import mx.pbrsed.evaluation.domain.CapturaTrimestral;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.domain.MotorEvaluacion;
import mx.pbrsed.evaluation.domain.TipoVariable;
import mx.pbrsed.evaluation.domain.ValoresMensuales;
import mx.pbrsed.evaluation.events.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.mapping.DefinicionMapper;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.CapturaRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.PeriodoId;
import mx.pbrsed.evaluation.repository.ProgramaEntity;
import mx.pbrsed.evaluation.repository.ProgramaRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.service.Reporte.CapturaDelTrimestre;
import mx.pbrsed.evaluation.service.Reporte.Catalogo;
import mx.pbrsed.evaluation.service.Reporte.Ficha;
import mx.pbrsed.evaluation.service.Reporte.Metas;
import mx.pbrsed.evaluation.service.Reporte.MetasDelTrimestre;
import mx.pbrsed.evaluation.service.Reporte.VariableFicha;
import mx.pbrsed.evaluation.service.Resumen.Filtro;

/**
 * The data of the printable report of a program at a quarter. The stored results are the
 * figures; what the report prints beyond them (the metas aprobadas' meta, the period values of
 * each variable) comes from the engine's own rules applied to the definition in force, never
 * from a second implementation.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReporteService {
    private static final MotorEvaluacion MOTOR = new MotorEvaluacion();

    private final ResumenService resumenes;
    private final ProgramaRepository programas;
    private final IndicadorRepository indicadores;
    private final ResultadoRepository resultados;
    private final CapturaRepository capturas;
    private final ObjectMapper json;

    public ReporteService(ResumenService resumenes, ProgramaRepository programas, IndicadorRepository indicadores,
                          ResultadoRepository resultados, CapturaRepository capturas, ObjectMapper json) {
        this.resumenes = resumenes;
        this.programas = programas;
        this.indicadores = indicadores;
        this.resultados = resultados;
        this.capturas = capturas;
        this.json = json;
    }

    public Optional<Reporte> dePrograma(int ejercicio, String clave, int trimestre) {
        return resumenes.dePrograma(ejercicio, clave, trimestre, Filtro.NINGUNO)
                .map(resumen -> reporte(resumen, programas.porClave(ejercicio, clave).stream().findFirst().orElse(null)));
    }

    private Reporte reporte(Resumen resumen, ProgramaEntity programa) {
        return new Reporte(resumen,
                programa == null ? null : new Catalogo(programa.ramoClave, programa.ramoNombre),
                programa == null ? null : new Catalogo(programa.urClave, programa.urNombre),
                resumen.indicadores().stream().map(fila -> ficha(fila, resumen.ejercicio(), resumen.trimestre())).toList());
    }

    private Ficha ficha(Resumen.Fila fila, int ejercicio, int trimestre) {
        IndicadorEntity indicador = indicadores.findById(fila.indicador().id());
        IndicadorPublicadoEvent definicion = DefinicionMapper.evento(indicador, json);
        DefinicionIndicador modificada = DefinicionMapper.aDominio(definicion);
        DefinicionIndicador aprobada = conMetas(modificada, definicion.metasAprobadas());
        CapturaEntity captura = capturas.findById(new PeriodoId(indicador.id, ejercicio, trimestre));
        ValoresMensuales alcanzados = captura == null ? ValoresMensuales.vacios()
                : hasta(ejercicio, trimestre, capturas.deIndicadores(List.of(indicador.id)));
        Map<String, BigDecimal> metasDelPeriodo = delPeriodo(modificada, modificada.metasModificadas(), trimestre);
        return new Ficha(fila, definicion.resumenNarrativo(), definicion.responsable(), definicion.mediosVerificacion(),
                definicion.metodoCalculo().familia(), definicion.metodoCalculo().expresion(),
                definicion.variables().stream()
                        .map(v -> new VariableFicha(v.clave(), v.descripcion(), v.tipo(), metasDelPeriodo.get(v.clave())))
                        .toList(),
                aprobada == null ? null : metas(aprobada),
                metas(modificada),
                new MetasDelTrimestre(trimestre,
                        aprobada == null ? Map.of() : delPeriodo(aprobada, aprobada.metasModificadas(), trimestre),
                        aprobada == null ? null : MOTOR.evaluar(aprobada, List.of(), trimestre).metaProgramada(),
                        metasDelPeriodo, fila.valor() == null ? null : fila.valor().metaProgramada(),
                        delPeriodo(modificada, alcanzados, trimestre), fila.valor() == null ? null : fila.valor().logro()),
                resultados.delIndicador(indicador.id).stream().map(ResultadosDeIndicador.Periodo::de).toList(),
                captura == null ? null : new CapturaDelTrimestre(indicador.id, ejercicio, trimestre, captura.analisisLogro,
                        captura.justificacionVariacion, captura.comentario),
                modificada.semaforo().rangos());
    }

    /** The definition with the metas aprobadas in place of the modificadas; null when the catalog sent none. */
    private static DefinicionIndicador conMetas(DefinicionIndicador definicion, List<IndicadorPublicadoEvent.Meta> metas) {
        if (metas == null || metas.isEmpty()) {
            return null;
        }
        SortedMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        metas.forEach(m -> porMes.put(m.mes(), m.valores()));
        return new DefinicionIndicador(definicion.formula(), definicion.variables(), definicion.comportamiento(),
                definicion.formulaDescendente(), definicion.frecuencia(), definicion.semaforo(),
                new ValoresMensuales(porMes));
    }

    private static Metas metas(DefinicionIndicador definicion) {
        Map<Integer, BigDecimal> porMes = new TreeMap<>();
        for (int mes = 1; mes <= 12; mes++) {
            int delMes = mes;
            definicion.metaDelMes(mes).ifPresent(meta -> porMes.put(delMes, meta));
        }
        return new Metas(porMes, MOTOR.evaluar(definicion, List.of(), 4).metaProgramada());
    }

    /** Each variable's period value at the quarter (rule 1), in the definition's order; absent ones left out. */
    private static Map<String, BigDecimal> delPeriodo(DefinicionIndicador definicion, ValoresMensuales valores, int trimestre) {
        Map<String, BigDecimal> delPeriodo = new LinkedHashMap<>();
        for (Map.Entry<String, TipoVariable> variable : definicion.variables().entrySet()) {
            valores.valorDelPeriodo(variable.getKey(), variable.getValue(), trimestre)
                    .ifPresent(valor -> delPeriodo.put(variable.getKey(), valor));
        }
        return delPeriodo;
    }

    /** The captured months of quarters 1..t of the ejercicio, as the engine combines them. */
    private static ValoresMensuales hasta(int ejercicio, int trimestre, List<CapturaEntity> delIndicador) {
        SortedMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        for (CapturaEntity captura : delIndicador) {
            if (captura.ejercicio == ejercicio && captura.trimestre <= trimestre) {
                CapturaTrimestral trimestral = DefinicionMapper.aDominio(captura);
                porMes.putAll(trimestral.valores().porMes());
            }
        }
        return new ValoresMensuales(porMes);
    }
}
