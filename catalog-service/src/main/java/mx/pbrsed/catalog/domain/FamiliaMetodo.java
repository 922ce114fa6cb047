package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Family of a método de cálculo. Each family but INDICE and OTRO fixes the shape of the formula,
 * over any two distinct variables Va and Vb, so a PORCENTAJE cannot silently be something else.
 */
public enum FamiliaMetodo {
    PORCENTAJE("(V1 / V2) * 100", FamiliaMetodo::esPorcentaje),
    TASA_VARIACION("((V1 / V2) - 1) * 100", FamiliaMetodo::esTasaVariacion),
    RAZON("V1 / V2", FamiliaMetodo::esCociente),
    PROMEDIO("V1 / V2", FamiliaMetodo::esCociente),
    INDICE("cualquier expresión sobre las variables", expresion -> true),
    DATO_ABSOLUTO("V1", expresion -> expresion instanceof Variable),
    OTRO("cualquier expresión sobre las variables", expresion -> true);

    private final String forma;
    private final Predicate<Expresion> admite;

    FamiliaMetodo(String forma, Predicate<Expresion> admite) {
        this.forma = forma;
        this.admite = admite;
    }

    public boolean admite(Expresion expresion) {
        return admite.test(Objects.requireNonNull(expresion, "expresion"));
    }

    /** The expected shape, for error messages. */
    public String forma() {
        return forma;
    }

    /** (Va / Vb) * 100 */
    private static boolean esPorcentaje(Expresion e) {
        return e instanceof Operacion o && o.operador() == '*'
                && esCociente(o.izquierda()) && esNumero(o.derecha(), BigDecimal.valueOf(100));
    }

    /** ((Va / Vb) - 1) * 100 */
    private static boolean esTasaVariacion(Expresion e) {
        return e instanceof Operacion o && o.operador() == '*'
                && o.izquierda() instanceof Operacion resta && resta.operador() == '-'
                && esCociente(resta.izquierda()) && esNumero(resta.derecha(), BigDecimal.ONE)
                && esNumero(o.derecha(), BigDecimal.valueOf(100));
    }

    /** Va / Vb */
    private static boolean esCociente(Expresion e) {
        return e instanceof Operacion o && o.operador() == '/'
                && o.izquierda() instanceof Variable a && o.derecha() instanceof Variable b
                && !a.equals(b);
    }

    // By value, not scale: "100.0" is the same constant as "100".
    private static boolean esNumero(Expresion e, BigDecimal valor) {
        return e instanceof Numero n && n.valor().compareTo(valor) == 0;
    }
}
