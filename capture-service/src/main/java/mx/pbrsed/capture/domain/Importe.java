package mx.pbrsed.capture.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in MXN: never negative, at most 2 decimals (SPEC: money has 2 decimals). */
public final class Importe {
    /** Integer digits of numeric(18, 2). */
    private static final int MAX_ENTEROS = 16;

    private Importe() {
    }

    /** @return the amount with scale 2 */
    public static BigDecimal exigir(String campo, BigDecimal importe) {
        if (importe.signum() < 0) {
            throw new CapturaRechazadaException(campo, "Un importe no es negativo: " + importe);
        }
        BigDecimal normal = importe.stripTrailingZeros();
        if (normal.scale() > 2) {
            throw new CapturaRechazadaException(campo, "Un importe lleva hasta 2 decimales: " + importe);
        }
        if (normal.precision() - normal.scale() > MAX_ENTEROS) {
            throw new CapturaRechazadaException(campo, "Un importe lleva hasta " + MAX_ENTEROS + " dígitos enteros: " + importe);
        }
        return importe.setScale(2, RoundingMode.UNNECESSARY);
    }
}
