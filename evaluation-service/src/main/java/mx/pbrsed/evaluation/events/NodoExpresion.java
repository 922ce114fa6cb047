package mx.pbrsed.evaluation.events;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;

/** The catalog's JSON expression tree: NUMERO, VARIABLE, OPERACION or NEGACION. */
@JsonDeserialize(using = LectorDeArbol.class)
public record NodoExpresion(
        String tipo,
        BigDecimal valor,
        String clave,
        String operador,
        NodoExpresion izquierda,
        NodoExpresion derecha,
        NodoExpresion operando) {
}
