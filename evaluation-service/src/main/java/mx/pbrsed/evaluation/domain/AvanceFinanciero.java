package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Avance financiero of a program (or of the sum of several) at a quarter: the devengado
 * accrued up to it over the approved and the modified budget, in percent, 2 decimals HALF_UP.
 * A percentage is null when there is no devengado or its budget is zero.
 */
public record AvanceFinanciero(
        BigDecimal presupuestoAprobado,
        BigDecimal presupuestoModificado,
        BigDecimal devengado,
        BigDecimal porcentajeAprobado,
        BigDecimal porcentajeModificado) {

    public static AvanceFinanciero de(BigDecimal aprobado, BigDecimal modificado, BigDecimal devengado) {
        Objects.requireNonNull(aprobado, "aprobado");
        Objects.requireNonNull(modificado, "modificado");
        return new AvanceFinanciero(aprobado, modificado, devengado,
                porcentaje(devengado, aprobado), porcentaje(devengado, modificado));
    }

    private static BigDecimal porcentaje(BigDecimal devengado, BigDecimal presupuesto) {
        if (devengado == null || Decimales.esCero(presupuesto)) {
            return null;
        }
        return devengado.multiply(Decimales.CIEN).divide(presupuesto, Decimales.DIVISION).setScale(2, RoundingMode.HALF_UP);
    }
}
