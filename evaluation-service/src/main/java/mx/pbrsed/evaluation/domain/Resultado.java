package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;

/**
 * Evaluation of an indicator at a quarter. Logro and metaProgramada are rounded to 6 decimals
 * without trailing zeros; avancePorcentaje has scale 2. Absent values and traces are null.
 */
public record Resultado(
        int trimestre,
        EstadoResultado estado,
        BigDecimal logro,
        BigDecimal metaProgramada,
        BigDecimal avancePorcentaje,
        Color semaforo,
        String trazaLogro,
        String trazaMeta,
        String trazaAvance) {
}
