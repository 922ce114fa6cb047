package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** The formula (metodo de calculo) of an indicator over its variables V1, V2, ... */
public sealed interface Expresion permits Numero, Variable, Operacion, Negacion {

    /**
     * Value of the formula with the given variable values. Divisions use DECIMAL128.
     *
     * @throws DivisionPorCeroException if a divisor evaluates to zero
     * @throws IllegalArgumentException if a referenced variable has no value
     */
    BigDecimal evaluar(Map<String, BigDecimal> valores) throws DivisionPorCeroException;

    /**
     * The formula with the values substituted, as the trace prints it: "(9 / 9) * 100".
     * A binary operation that is the operand of another one is parenthesized; the top level
     * is not.
     *
     * @throws IllegalArgumentException if a referenced variable has no value
     */
    String renderizar(Map<String, BigDecimal> valores);

    /** Claves of the variables referenced, in order of first appearance. */
    Set<String> variables();
}
