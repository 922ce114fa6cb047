package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Short builders for the tests' values, semaforos and definitions. */
final class Datos {

    /** The seed's second indicator (programas a favor de migrantes). */
    static final Semaforo SEMAFORO_PROGRAMAS = semaforo("ROJO 0 90", "AMARILLO 90 95", "VERDE 95 116", "EXCEDIDO 116");

    /** A nominal band for REGULAR: on target is VERDE, too low or too high is worse. */
    static final Semaforo SEMAFORO_REGULAR = semaforo(
            "ROJO 0 85", "AMARILLO 85 95", "VERDE 95 105", "AMARILLO 105 115", "ROJO 115");

    private Datos() {
    }

    static BigDecimal bd(String valor) {
        return new BigDecimal(valor);
    }

    /** valores("V1", "9", "V2", "10") */
    static Map<String, BigDecimal> valores(String... claveValor) {
        Map<String, BigDecimal> valores = new LinkedHashMap<>();
        for (int i = 0; i < claveValor.length; i += 2) {
            valores.put(claveValor[i], bd(claveValor[i + 1]));
        }
        return valores;
    }

    /** Each range as "COLOR desde hasta", or "COLOR desde" for the open-ended one. */
    static Semaforo semaforo(String... rangos) {
        return new Semaforo(Arrays.stream(rangos).map(Datos::rango).toList());
    }

    static RangoSemaforo rango(String texto) {
        String[] partes = texto.split(" ");
        return new RangoSemaforo(bd(partes[1]), partes.length > 2 ? bd(partes[2]) : null, Color.valueOf(partes[0]));
    }

    /** Monthly values: mes(3, valores(...)), mes(6, ...) */
    static ValoresMensuales meses(Mes... meses) {
        TreeMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        for (Mes mes : meses) {
            porMes.put(mes.numero(), mes.valores());
        }
        return new ValoresMensuales(porMes);
    }

    static Mes mes(int numero, String... claveValor) {
        return new Mes(numero, valores(claveValor));
    }

    record Mes(int numero, Map<String, BigDecimal> valores) {
    }

    static CapturaTrimestral captura(int trimestre, String... claveValor) {
        return CapturaTrimestral.delTrimestre(trimestre, valores(claveValor));
    }

    // Formula trees. The evaluation service never reads formula text: the catalog owns the
    // grammar and sends the tree, so the tests build the trees the same way.

    /** A variable of the formula: v("V1"). */
    static Variable v(String clave) {
        return new Variable(clave);
    }

    /** A constant of the formula: n("100"). */
    static Numero n(String valor) {
        return new Numero(bd(valor));
    }

    /** A binary operation: op('/', v("V1"), v("V2")). */
    static Operacion op(char operador, Expresion izquierda, Expresion derecha) {
        return new Operacion(operador, izquierda, derecha);
    }

    /** Unary minus. */
    static Negacion neg(Expresion operando) {
        return new Negacion(operando);
    }

    /** (V1/V2)*100 */
    static Expresion porcentaje() {
        return op('*', razon(), n("100"));
    }

    /** ((V1/V2)-1)*100 */
    static Expresion tasaVariacion() {
        return op('*', op('-', razon(), n("1")), n("100"));
    }

    /** V1/V2 */
    static Expresion razon() {
        return op('/', v("V1"), v("V2"));
    }

    /** V1 */
    static Expresion datoAbsoluto() {
        return v("V1");
    }

    /** A quarterly, ascending indicator with the default semaforo. */
    static DefinicionIndicador definicion(Expresion formula, Map<String, TipoVariable> variables, ValoresMensuales metas) {
        return new DefinicionIndicador(formula, variables, Comportamiento.ASCENDENTE,
                FormulaDescendente.LINEAL, Frecuencia.TRIMESTRAL, semaforoPredeterminado(), metas);
    }

    static DefinicionIndicador conComportamiento(DefinicionIndicador base, Comportamiento comportamiento,
            FormulaDescendente formulaDescendente) {
        return new DefinicionIndicador(base.formula(), base.variables(), comportamiento, formulaDescendente,
                base.frecuencia(), base.semaforo(), base.metasModificadas());
    }

    static DefinicionIndicador conFrecuencia(DefinicionIndicador base, Frecuencia frecuencia) {
        return new DefinicionIndicador(base.formula(), base.variables(), base.comportamiento(),
                base.formulaDescendente(), frecuencia, base.semaforo(), base.metasModificadas());
    }

    static DefinicionIndicador conSemaforo(DefinicionIndicador base, Semaforo semaforo) {
        return new DefinicionIndicador(base.formula(), base.variables(), base.comportamiento(),
                base.formulaDescendente(), base.frecuencia(), semaforo, base.metasModificadas());
    }

    static List<CapturaTrimestral> capturas(CapturaTrimestral... capturas) {
        return List.of(capturas);
    }

    /** The seed's first indicator's ranges, which the catalog also gives by default. */
    static Semaforo semaforoPredeterminado() {
        return new Semaforo(List.of(
                new RangoSemaforo(BigDecimal.ZERO, BigDecimal.valueOf(70), Color.ROJO),
                new RangoSemaforo(BigDecimal.valueOf(70), BigDecimal.valueOf(95), Color.AMARILLO),
                new RangoSemaforo(BigDecimal.valueOf(95), BigDecimal.valueOf(116), Color.VERDE),
                new RangoSemaforo(BigDecimal.valueOf(116), null, Color.EXCEDIDO)));
    }
}
