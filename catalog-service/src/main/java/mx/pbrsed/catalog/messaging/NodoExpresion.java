package mx.pbrsed.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import mx.pbrsed.catalog.domain.Expresion;
import mx.pbrsed.catalog.domain.Negacion;
import mx.pbrsed.catalog.domain.Numero;
import mx.pbrsed.catalog.domain.Operacion;
import mx.pbrsed.catalog.domain.Variable;

/**
 * The JSON form of a parsed formula, so consumers evaluate the tree and never re-parse text.
 * tipo is NUMERO (valor), VARIABLE (clave), OPERACION (operador, izquierda, derecha) or
 * NEGACION (operando).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodoExpresion(
        String tipo,
        BigDecimal valor,
        String clave,
        String operador,
        NodoExpresion izquierda,
        NodoExpresion derecha,
        NodoExpresion operando) {

    public static NodoExpresion de(Expresion expresion) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (expresion instanceof Numero n) {
            return numero(n.valor());
        }
        if (expresion instanceof Variable v) {
            return variable(v.clave());
        }
        if (expresion instanceof Operacion o) {
            return operacion(o.operador(), de(o.izquierda()), de(o.derecha()));
        }
        return negacion(de(((Negacion) expresion).operando()));
    }

    private static NodoExpresion numero(BigDecimal valor) {
        return new NodoExpresion("NUMERO", valor, null, null, null, null, null);
    }

    private static NodoExpresion variable(String clave) {
        return new NodoExpresion("VARIABLE", null, clave, null, null, null, null);
    }

    private static NodoExpresion operacion(char operador, NodoExpresion izquierda, NodoExpresion derecha) {
        return new NodoExpresion("OPERACION", null, null, String.valueOf(operador), izquierda, derecha, null);
    }

    private static NodoExpresion negacion(NodoExpresion operando) {
        return new NodoExpresion("NEGACION", null, null, null, null, null, operando);
    }
}
