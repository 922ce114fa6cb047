package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A constant of a formula, such as the 100 of a percentage. */
public record Numero(BigDecimal valor) implements Expresion {

    public Numero {
        Objects.requireNonNull(valor, "valor");
    }

    @Override
    public BigDecimal evaluar(Map<String, BigDecimal> valores) {
        return valor;
    }

    @Override
    public String renderizar(Map<String, BigDecimal> valores) {
        return Decimales.texto(valor);
    }

    @Override
    public Set<String> variables() {
        return Set.of();
    }
}
