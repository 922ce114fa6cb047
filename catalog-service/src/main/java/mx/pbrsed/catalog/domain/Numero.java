package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A decimal literal of a formula, e.g. the 100 of a percentage. */
public record Numero(BigDecimal valor) implements Expresion {

    public Numero {
        Objects.requireNonNull(valor, "valor");
    }
}
