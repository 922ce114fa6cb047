package mx.pbrsed.catalog.domain;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Syntax tree of a método de cálculo formula, as produced by {@link ParserFormula}. */
public sealed interface Expresion permits Numero, Variable, Operacion, Negacion {

    /** Variables the expression refers to, in order of first appearance (left to right). */
    static Set<String> variablesUsadas(Expresion expresion) {
        Set<String> usadas = new LinkedHashSet<>();
        recolectar(expresion, usadas);
        return Collections.unmodifiableSet(usadas);
    }

    /**
     * Canonical rendering: one space around binary operators and every binary operand of another
     * binary operation in parentheses, so "(V1/V2)*100" and "( V1 / V2 ) * 100" print alike and
     * the text reads the same as the seed's trace "(9 / 9) * 100".
     */
    static String texto(Expresion expresion) {
        if (expresion instanceof Numero numero) {
            return numero.valor().stripTrailingZeros().toPlainString();
        }
        if (expresion instanceof Variable variable) {
            return variable.clave();
        }
        if (expresion instanceof Operacion operacion) {
            return operando(operacion.izquierda()) + " " + operacion.operador() + " "
                    + operando(operacion.derecha());
        }
        Negacion negacion = (Negacion) expresion;
        return "-" + operando(negacion.operando());
    }

    private static String operando(Expresion expresion) {
        String texto = texto(expresion);
        return expresion instanceof Operacion ? "(" + texto + ")" : texto;
    }

    private static void recolectar(Expresion expresion, Set<String> usadas) {
        if (expresion instanceof Variable variable) {
            usadas.add(variable.clave());
        } else if (expresion instanceof Operacion operacion) {
            recolectar(operacion.izquierda(), usadas);
            recolectar(operacion.derecha(), usadas);
        } else if (expresion instanceof Negacion negacion) {
            recolectar(negacion.operando(), usadas);
        }
    }
}
