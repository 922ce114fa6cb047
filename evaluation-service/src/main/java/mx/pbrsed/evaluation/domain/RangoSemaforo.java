package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A half-open range [desde, hasta) of avance with its colour. A null hasta is open-ended.
 * The published bounds "95.0% - 115.9%" mean [95, 116).
 */
public record RangoSemaforo(BigDecimal desde, BigDecimal hasta, Color color) {

    public RangoSemaforo {
        Objects.requireNonNull(desde, "desde");
        Objects.requireNonNull(color, "color");
        if (hasta != null && hasta.compareTo(desde) <= 0) {
            throw new IllegalArgumentException("Rango vacio: [" + desde + ", " + hasta + ")");
        }
    }

    public boolean abierto() {
        return hasta == null;
    }

    public boolean contiene(BigDecimal avance) {
        return avance.compareTo(desde) >= 0 && (abierto() || avance.compareTo(hasta) < 0);
    }
}
