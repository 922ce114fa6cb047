package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The year-end projection of an indicator at a quarter t < 4 (SPEC rule 10): the logro the
 * trajectory leads to, the meta anual it is measured against, its avance (2 decimals, null only
 * for DESCENDENTE INVERSA with a projected logro of 0) and colour, and the trace of every step.
 */
public record Proyeccion(
        BigDecimal logroProyectado,
        BigDecimal metaAnual,
        BigDecimal avanceProyectadoPorcentaje,
        Color semaforoProyectado,
        String traza) {

    public Proyeccion {
        Objects.requireNonNull(logroProyectado, "logroProyectado");
        Objects.requireNonNull(metaAnual, "metaAnual");
        Objects.requireNonNull(semaforoProyectado, "semaforoProyectado");
        Objects.requireNonNull(traza, "traza");
    }

    /** Heading for any colour but VERDE, while there is still time to act. */
    public boolean enRiesgo() {
        return semaforoProyectado != Color.VERDE;
    }
}
