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
import mx.pbrsed.evaluation.events.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.events.IndicadorPublicadoEvent.MetodoCalculo;
import mx.pbrsed.evaluation.events.NodoExpresion;
import mx.pbrsed.evaluation.events.ValoresMes;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.IndicadorEntity;

/** Turns the catalog's and capture's events into the engine's plain-Java model. */
public final class DefinicionMapper {
    /**
     * The catalog's grammar (catalog-service ParserFormula, change them together) refuses a formula
     * longer than this or whose tree is deeper than {@link #PROFUNDIDAD_MAXIMA}, so none is ever
     * published; one that arrives is refused here rather than evaluated.
     */
    public static final int LONGITUD_MAXIMA = 1000;
    /** Levels of the tree: a number or a variable is level 1, each operation or unary minus one more. */
    public static final int PROFUNDIDAD_MAXIMA = 32;

    private DefinicionMapper() {
    }

    /**
     * @throws FormulaNoAdmitidaException if the formula passes the catalog's grammar bounds
     * @throws IllegalArgumentException   if a value of the definition is not one the engine knows
     */
    public static DefinicionIndicador aDominio(IndicadorPublicadoEvent evento) {
        Map<String, TipoVariable> variables = new LinkedHashMap<>();
        evento.variables().forEach(v -> variables.put(v.clave(), TipoVariable.valueOf(v.tipo())));
        SortedMap<Integer, Map<String, BigDecimal>> metas = new TreeMap<>();
        evento.metasModificadas().forEach(m -> metas.put(m.mes(), m.valores()));
        List<RangoSemaforo> rangos = evento.parametrosSemaforo().stream()
                .map(r -> new RangoSemaforo(r.desde(), r.hasta(), Color.valueOf(r.color())))
                .toList();
        Frecuencia frecuencia = Frecuencia.valueOf(evento.frecuencia());
        return new DefinicionIndicador(
                expresion(evento.metodoCalculo()),
                variables,
                Comportamiento.valueOf(evento.comportamiento()),
                evento.formulaDescendente() == null ? null : FormulaDescendente.valueOf(evento.formulaDescendente()),
                frecuencia,
                new Semaforo(rangos),
                new ValoresMensuales(metas),
                frecuencia.mideEnEjercicio(evento.programa().ejercicio(), evento.anioLineaBase()));
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

    private static Expresion expresion(MetodoCalculo metodo) {
        if (metodo == null || metodo.arbol() == null) {
            throw new FormulaNoAdmitidaException("la definición no trae el árbol de su fórmula");
        }
        if (metodo.expresion() != null && metodo.expresion().length() > LONGITUD_MAXIMA) {
            throw new FormulaNoAdmitidaException("la fórmula pasa de " + LONGITUD_MAXIMA + " caracteres");
        }
        return expresion(metodo.arbol(), 1);
    }

    /**
     * The tree as the engine's model, refused as soon as a node sits deeper than the grammar admits,
     * so neither this nor the engine ever recurses further.
     */
    private static Expresion expresion(NodoExpresion nodo, int nivel) {
        if (nodo == null || nodo.tipo() == null) {
            throw new FormulaNoAdmitidaException("un nodo del árbol de la fórmula está vacío");
        }
        if (nivel > PROFUNDIDAD_MAXIMA) {
            throw new FormulaNoAdmitidaException("la fórmula anida más de " + PROFUNDIDAD_MAXIMA + " niveles");
        }
        return switch (nodo.tipo()) {
            case "NUMERO" -> new Numero(nodo.valor());
            case "VARIABLE" -> new Variable(nodo.clave());
            case "OPERACION" -> new Operacion(operador(nodo), expresion(nodo.izquierda(), nivel + 1),
                    expresion(nodo.derecha(), nivel + 1));
            case "NEGACION" -> new Negacion(expresion(nodo.operando(), nivel + 1));
            default -> throw new FormulaNoAdmitidaException("nodo de expresión desconocido: " + nodo.tipo());
        };
    }

    private static char operador(NodoExpresion nodo) {
        if (nodo.operador() == null || nodo.operador().length() != 1 || "+-*/".indexOf(nodo.operador().charAt(0)) < 0) {
            throw new FormulaNoAdmitidaException("operador desconocido: " + nodo.operador());
        }
        return nodo.operador().charAt(0);
    }
}
