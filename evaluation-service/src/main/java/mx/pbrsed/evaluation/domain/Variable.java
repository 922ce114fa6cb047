package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A reference to a variable of the indicator by its clave ("V1"). */
public record Variable(String clave) implements Expresion {

    public Variable {
        Objects.requireNonNull(clave, "clave");
        if (clave.isBlank()) {
            throw new IllegalArgumentException("La clave de la variable esta vacia");
        }
    }

    @Override
    public BigDecimal evaluar(Map<String, BigDecimal> valores) {
        return valorEn(valores);
    }

    @Override
    public String renderizar(Map<String, BigDecimal> valores) {
        return Decimales.texto(valorEn(valores));
    }

    @Override
    public Set<String> variables() {
        return Set.of(clave);
    }

    private BigDecimal valorEn(Map<String, BigDecimal> valores) {
        BigDecimal valor = valores.get(clave);
        if (valor == null) {
            throw new IllegalArgumentException("Sin valor para la variable " + clave);
        }
        return valor;
    }
}
