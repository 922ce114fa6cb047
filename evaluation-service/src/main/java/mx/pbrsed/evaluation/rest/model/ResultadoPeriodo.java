package mx.pbrsed.evaluation.rest.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The evaluation of one indicator at one quarter (Q4 is also the annual view), with the
 * versions it was computed from and the trace of each figure.
 */
@Schema(requiredProperties = {"ejercicio", "trimestre", "estado", "logro", "metaProgramada", "avancePorcentaje", "semaforo", "trazaLogro", "trazaMeta", "trazaAvance", "definicionVersion", "capturaVersion", "capturaEstado", "tardia", "preliminar", "faltaJustificacion", "calculadoEn", "proyeccion"})
public record ResultadoPeriodo(
        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO)
        int ejercicio,
        @Schema(minimum = "1", maximum = "4")
        int trimestre,
        EstadoResultado estado,
        @Schema(nullable = true, description = "The formula over the period values of the variables")
        BigDecimal logro,
        @Schema(nullable = true, description = "The formula over the metas modificadas up to the quarter")
        BigDecimal metaProgramada,
        @Schema(nullable = true, description = "Percent, 2 decimals HALF_UP")
        BigDecimal avancePorcentaje,
        @Schema(nullable = true)
        Color semaforo,
        @Schema(nullable = true, description = "How the logro was computed, e.g. (9 / 9) * 100 = 100", maxLength = Limites.TRAZA)
        String trazaLogro,
        @Schema(nullable = true, maxLength = Limites.TRAZA)
        String trazaMeta,
        @Schema(nullable = true, description = "e.g. 32822 / 45649 * 100 = 71.90", maxLength = Limites.TRAZA)
        String trazaAvance,
        @Schema(minimum = "1", maximum = "2147483647")
        int definicionVersion,
        @Schema(nullable = true, description = "Null while no captura exists for the quarter", minimum = "1", maximum = "2147483647")
        Integer capturaVersion,
        @Schema(nullable = true, description = "The captura's workflow state", maxLength = 8,
                pattern = "^(ENVIADA|VALIDADA|DEVUELTA)$")
        String capturaEstado,
        boolean tardia,
        boolean preliminar,
        boolean faltaJustificacion,
        OffsetDateTime calculadoEn,
        @Schema(nullable = true, description = "The year-end projection: only at Q1..Q3 for a CALCULADO result with a meta anual")
        ProyeccionCierre proyeccion) {
}
