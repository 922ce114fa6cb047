package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The decimal conventions shared by formulas, results and traces. */
final class Decimales {

    /** Context of every division: 34 significant digits, far beyond the 6 decimals shown. */
    static final MathContext DIVISION = MathContext.DECIMAL128;

    static final BigDecimal CIEN = BigDecimal.valueOf(100);

    private Decimales() {
    }

    /** How a value is written inside a trace: no trailing zeros, never scientific notation. */
    static String texto(BigDecimal valor) {
        return valor.stripTrailingZeros().toPlainString();
    }

    /**
     * Logro and meta as reported: 6 decimals HALF_UP without trailing zeros. A negative scale
     * (100 stripped is 1E+2) is brought back to 0 so that equals and toString give "100".
     */
    static BigDecimal valorReportado(BigDecimal valor) {
        BigDecimal redondeado = valor.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return redondeado.scale() < 0 ? redondeado.setScale(0) : redondeado;
    }

    /** Avance as shown on screen, the value the colour is chosen from. */
    static BigDecimal avanceReportado(BigDecimal avance) {
        return avance.setScale(2, RoundingMode.HALF_UP);
    }

    static boolean esCero(BigDecimal valor) {
        return valor.signum() == 0;
    }
}
