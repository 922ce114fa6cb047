package mx.pbrsed.evaluation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/** The catalog's JSON expression tree: NUMERO, VARIABLE, OPERACION or NEGACION. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NodoExpresion(
        String tipo,
        BigDecimal valor,
        String clave,
        String operador,
        NodoExpresion izquierda,
        NodoExpresion derecha,
        NodoExpresion operando) {
}
