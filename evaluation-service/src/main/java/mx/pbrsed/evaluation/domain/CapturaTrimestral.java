package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The captured values of one quarter, by month: months 3t-2..3t only. A MENSUAL indicator
 * gives its three monthly values; any other gives one value per variable in month 3t.
 */
public record CapturaTrimestral(int trimestre, ValoresMensuales valores) {

    public CapturaTrimestral {
        Trimestres.validar(trimestre);
        Objects.requireNonNull(valores, "valores");
        for (int mes : valores.porMes().keySet()) {
            if (Trimestres.trimestreDe(mes) != trimestre) {
                throw new IllegalArgumentException(
                        "La captura del trimestre " + trimestre + " trae valores del mes " + mes);
            }
        }
    }

    /** A quarterly captura: its values belong to the last month of the quarter. */
    public static CapturaTrimestral delTrimestre(int trimestre, Map<String, BigDecimal> valores) {
        return new CapturaTrimestral(trimestre, ValoresMensuales.delMes(Trimestres.ultimoMes(trimestre), valores));
    }
}
