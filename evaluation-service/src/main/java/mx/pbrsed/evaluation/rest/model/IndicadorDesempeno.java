package mx.pbrsed.evaluation.rest.model;

import java.math.BigDecimal;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;

/** One row of the summary: the indicator's ficha and its result at the quarter. */
public record IndicadorDesempeno(
        UUID indicadorId,
        String programaClave,
        String nombre,
        String nivel,
        String tipo,
        String dimension,
        String comportamiento,
        String frecuencia,
        BigDecimal avancePorcentaje,
        Color semaforo,
        EstadoResultado estado,
        boolean tardia) {
}
