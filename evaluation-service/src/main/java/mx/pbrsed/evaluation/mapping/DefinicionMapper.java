package mx.pbrsed.evaluation.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import mx.pbrsed.evaluation.domain.CapturaTrimestral;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.Comportamiento;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.domain.Expresion;
import mx.pbrsed.evaluation.domain.FormulaDescendente;
import mx.pbrsed.evaluation.domain.Frecuencia;
import mx.pbrsed.evaluation.domain.Negacion;
import mx.pbrsed.evaluation.domain.Numero;
import mx.pbrsed.evaluation.domain.Operacion;
import mx.pbrsed.evaluation.domain.RangoSemaforo;
import mx.pbrsed.evaluation.domain.Semaforo;
import mx.pbrsed.evaluation.domain.TipoVariable;
import mx.pbrsed.evaluation.domain.ValoresMensuales;
import mx.pbrsed.evaluation.domain.Variable;
import mx.pbrsed.evaluation.messaging.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.messaging.NodoExpresion;
import mx.pbrsed.evaluation.messaging.ValoresMes;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.IndicadorEntity;

/** Turns the catalog's and capture's events into the engine's plain-Java model. */
public final class DefinicionMapper {
    private DefinicionMapper() {
    }

    public static DefinicionIndicador aDominio(IndicadorPublicadoEvent evento) {
        Map<String, TipoVariable> variables = new LinkedHashMap<>();
        evento.variables().forEach(v -> variables.put(v.clave(), TipoVariable.valueOf(v.tipo())));
        SortedMap<Integer, Map<String, BigDecimal>> metas = new TreeMap<>();
        evento.metasModificadas().forEach(m -> metas.put(m.mes(), m.valores()));
        List<RangoSemaforo> rangos = evento.parametrosSemaforo().stream()
                .map(r -> new RangoSemaforo(r.desde(), r.hasta(), Color.valueOf(r.color())))
                .toList();
        return new DefinicionIndicador(
                expresion(evento.metodoCalculo().arbol()),
                variables,
                Comportamiento.valueOf(evento.comportamiento()),
                evento.formulaDescendente() == null ? null : FormulaDescendente.valueOf(evento.formulaDescendente()),
                Frecuencia.valueOf(evento.frecuencia()),
                new Semaforo(rangos),
                new ValoresMensuales(metas));
    }

    public static DefinicionIndicador aDominio(IndicadorEntity indicador, ObjectMapper json) {
        return aDominio(evento(indicador, json));
    }

    /** The definition as stored: the published event of its version. */
    public static IndicadorPublicadoEvent evento(IndicadorEntity indicador, ObjectMapper json) {
        try {
            return json.readValue(indicador.definicion, IndicadorPublicadoEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Definición almacenada ilegible del indicador " + indicador.id, e);
        }
    }

    public static CapturaTrimestral aDominio(CapturaEntity captura) {
        SortedMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        for (ValoresMes mes : captura.valores) {
            porMes.put(mes.mes(), mes.valores());
        }
        return new CapturaTrimestral(captura.trimestre, new ValoresMensuales(porMes));
    }

    static Expresion expresion(NodoExpresion nodo) {
        return switch (nodo.tipo()) {
            case "NUMERO" -> new Numero(nodo.valor());
            case "VARIABLE" -> new Variable(nodo.clave());
            case "OPERACION" -> new Operacion(nodo.operador().charAt(0), expresion(nodo.izquierda()), expresion(nodo.derecha()));
            case "NEGACION" -> new Negacion(expresion(nodo.operando()));
            default -> throw new IllegalArgumentException("Nodo de expresión desconocido: " + nodo.tipo());
        };
    }
}
