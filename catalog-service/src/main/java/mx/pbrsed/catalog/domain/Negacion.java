package mx.pbrsed.catalog.domain;

import java.util.Objects;

/** Unary minus. */
public record Negacion(Expresion operando) implements Expresion {

    public Negacion {
        Objects.requireNonNull(operando, "operando");
    }
}
