package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A binary operation: + - * /. */
public record Operacion(char operador, Expresion izquierda, Expresion derecha) implements Expresion {

    private static final String OPERADORES = "+-*/";

    public Operacion {
        if (OPERADORES.indexOf(operador) < 0) {
            throw new IllegalArgumentException("Operador no soportado: " + operador);
        }
        Objects.requireNonNull(izquierda, "izquierda");
        Objects.requireNonNull(derecha, "derecha");
    }

    @Override
    public BigDecimal evaluar(Map<String, BigDecimal> valores) throws DivisionPorCeroException {
        BigDecimal a = izquierda.evaluar(valores);
        BigDecimal b = derecha.evaluar(valores);
        return switch (operador) {
            case '+' -> a.add(b);
            case '-' -> a.subtract(b);
            case '*' -> a.multiply(b);
            default -> dividir(a, b, valores);
        };
    }

    private BigDecimal dividir(BigDecimal a, BigDecimal b, Map<String, BigDecimal> valores)
            throws DivisionPorCeroException {
        if (Decimales.esCero(b)) {
            throw new DivisionPorCeroException("Division entre cero: " + renderizar(valores));
        }
        return a.divide(b, Decimales.DIVISION);
    }

    @Override
    public String renderizar(Map<String, BigDecimal> valores) {
        return comoOperando(izquierda, valores) + " " + operador + " " + comoOperando(derecha, valores);
    }

    /** Every nested binary operation is parenthesized, so the trace never relies on precedence. */
    private static String comoOperando(Expresion operando, Map<String, BigDecimal> valores) {
        String texto = operando.renderizar(valores);
        return operando instanceof Operacion ? "(" + texto + ")" : texto;
    }

    @Override
    public Set<String> variables() {
        Set<String> claves = new LinkedHashSet<>(izquierda.variables());
        claves.addAll(derecha.variables());
        return Collections.unmodifiableSet(claves);
    }
}
