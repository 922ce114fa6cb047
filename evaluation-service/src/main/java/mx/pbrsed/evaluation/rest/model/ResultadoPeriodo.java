package mx.pbrsed.evaluation.rest.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;

/**
 * The evaluation of one indicator at one quarter (Q4 is also the annual view), with the
 * versions it was computed from and the trace of each figure.
 */
public record ResultadoPeriodo(
        int ejercicio,
        int trimestre,
        EstadoResultado estado,
        BigDecimal logro,
        BigDecimal metaProgramada,
        BigDecimal avancePorcentaje,
        Color semaforo,
        String trazaLogro,
        String trazaMeta,
        String trazaAvance,
        int definicionVersion,
        Integer capturaVersion,
        String capturaEstado,
        boolean tardia,
        boolean preliminar,
        boolean faltaJustificacion,
        OffsetDateTime calculadoEn) {
}
