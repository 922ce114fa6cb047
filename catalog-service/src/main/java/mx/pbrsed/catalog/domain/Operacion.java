package mx.pbrsed.catalog.domain;

import java.util.Objects;

/** A binary arithmetic operation: operador is one of + - * /. */
public record Operacion(char operador, Expresion izquierda, Expresion derecha) implements Expresion {

    public Operacion {
        if ("+-*/".indexOf(operador) < 0) {
            throw new IllegalArgumentException("Operador inválido '" + operador + "'");
        }
        Objects.requireNonNull(izquierda, "izquierda");
        Objects.requireNonNull(derecha, "derecha");
    }
}
