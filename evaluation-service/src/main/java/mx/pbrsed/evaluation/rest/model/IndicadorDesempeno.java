package mx.pbrsed.evaluation.rest.model;

import java.math.BigDecimal;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the summary: the indicator's ficha and its result at the quarter (none yet: nulls). */
@Schema(requiredProperties = {"indicadorId", "programaClave", "nombre", "nivel", "tipo", "dimension", "comportamiento", "frecuencia", "avancePorcentaje", "semaforo", "estado", "tardia", "semaforoProyectado"})
public record IndicadorDesempeno(
        UUID indicadorId,
        @Schema(maxLength = Limites.CLAVE, pattern = Limites.PATRON_CLAVE)
        String programaClave,
        @Schema(maxLength = Limites.NOMBRE)
        String nombre,
        @Schema(enumeration = {"FIN", "PROPOSITO", "COMPONENTE", "ACTIVIDAD"})
        String nivel,
        @Schema(nullable = true, maxLength = 11, pattern = "^(ESTRATEGICO|GESTION)$")
        String tipo,
        @Schema(nullable = true, maxLength = 10, pattern = "^(EFICACIA|EFICIENCIA|ECONOMIA|CALIDAD)$")
        String dimension,
        @Schema(enumeration = {"ASCENDENTE", "DESCENDENTE", "REGULAR"})
        String comportamiento,
        @Schema(enumeration = {"MENSUAL", "BIMESTRAL", "TRIMESTRAL", "CUATRIMESTRAL", "SEMESTRAL", "ANUAL", "BIENAL",
                "TRIENAL", "QUINQUENAL", "SEXENAL"})
        String frecuencia,
        @Schema(nullable = true)
        BigDecimal avancePorcentaje,
        @Schema(nullable = true)
        Color semaforo,
        @Schema(nullable = true)
        EstadoResultado estado,
        boolean tardia,
        /** The colour the year-end projection at the quarter leads to (Q1..Q3). */
        @Schema(nullable = true)
        Color semaforoProyectado) {
}
