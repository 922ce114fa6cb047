package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Unary minus. */
public record Negacion(Expresion operando) implements Expresion {

    public Negacion {
        Objects.requireNonNull(operando, "operando");
    }

    @Override
    public BigDecimal evaluar(Map<String, BigDecimal> valores) throws DivisionPorCeroException {
        return operando.evaluar(valores).negate();
    }

    /** "-x"; the operand is parenthesized when it is an operation or itself starts with a minus ("-(-3)"). */
    @Override
    public String renderizar(Map<String, BigDecimal> valores) {
        String texto = operando.renderizar(valores);
        boolean atomico = !(operando instanceof Operacion) && !texto.startsWith("-");
        return "-" + (atomico ? texto : "(" + texto + ")");
    }

    @Override
    public Set<String> variables() {
        return operando.variables();
    }
}
