package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;

/** Quantities as values: 9, 9.0 and 9.00 are one meta, so a definition that only rewrites them is no change. */
public final class Decimales {
    private Decimales() {
    }

    /** Without trailing zeros and never in exponent form (45650, not 4.565E+4); null stays null. */
    public static BigDecimal canonico(BigDecimal valor) {
        if (valor == null) {
            return null;
        }
        BigDecimal sinCeros = valor.stripTrailingZeros();
        return sinCeros.scale() < 0 ? sinCeros.setScale(0) : sinCeros;
    }
}
