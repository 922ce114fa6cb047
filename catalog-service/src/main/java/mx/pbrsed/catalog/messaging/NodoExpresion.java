package mx.pbrsed.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

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

    public static NodoExpresion numero(BigDecimal valor) {
        return new NodoExpresion("NUMERO", valor, null, null, null, null, null);
    }

    public static NodoExpresion variable(String clave) {
        return new NodoExpresion("VARIABLE", null, clave, null, null, null, null);
    }

    public static NodoExpresion operacion(char operador, NodoExpresion izquierda, NodoExpresion derecha) {
        return new NodoExpresion("OPERACION", null, null, String.valueOf(operador), izquierda, derecha, null);
    }

    public static NodoExpresion negacion(NodoExpresion operando) {
        return new NodoExpresion("NEGACION", null, null, null, null, null, operando);
    }
}
