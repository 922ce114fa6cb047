package mx.pbrsed.evaluation.rest.model;

import java.math.BigDecimal;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the summary: the indicator's ficha and its result at the quarter (none yet: nulls). */
@Schema(requiredProperties = {"indicadorId", "programaClave", "nombre", "nivel", "tipo", "dimension", "comportamiento", "frecuencia", "avancePorcentaje", "semaforo", "estado", "tardia"})
public record IndicadorDesempeno(
        UUID indicadorId,
        String programaClave,
        String nombre,
        String nivel,
        String tipo,
        String dimension,
        String comportamiento,
        String frecuencia,
        @Schema(nullable = true)
        BigDecimal avancePorcentaje,
        @Schema(nullable = true)
        Color semaforo,
        @Schema(nullable = true)
        EstadoResultado estado,
        boolean tardia) {
}
