package mx.pbrsed.catalog.mapping;

import mx.pbrsed.catalog.domain.Expresion;
import mx.pbrsed.catalog.domain.Negacion;
import mx.pbrsed.catalog.domain.Numero;
import mx.pbrsed.catalog.domain.Operacion;
import mx.pbrsed.catalog.domain.Variable;
import mx.pbrsed.catalog.messaging.NodoExpresion;

public final class ExpresionMapper {
    private ExpresionMapper() {
    }

    public static NodoExpresion aNodo(Expresion expresion) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (expresion instanceof Numero n) {
            return NodoExpresion.numero(n.valor());
        }
        if (expresion instanceof Variable v) {
            return NodoExpresion.variable(v.clave());
        }
        if (expresion instanceof Operacion o) {
            return NodoExpresion.operacion(o.operador(), aNodo(o.izquierda()), aNodo(o.derecha()));
        }
        return NodoExpresion.negacion(aNodo(((Negacion) expresion).operando()));
    }
}
