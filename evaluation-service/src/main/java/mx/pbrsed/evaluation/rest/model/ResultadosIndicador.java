package mx.pbrsed.evaluation.rest.model;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"indicadorId", "nombre", "nivel", "ejercicio", "programaClave", "definicionVersion", "resultados"})
public record ResultadosIndicador(
        UUID indicadorId,
        @Schema(maxLength = Limites.NOMBRE)
        String nombre,
        @Schema(enumeration = {"FIN", "PROPOSITO", "COMPONENTE", "ACTIVIDAD"})
        String nivel,
        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO)
        int ejercicio,
        @Schema(maxLength = Limites.CLAVE, pattern = Limites.PATRON_CLAVE)
        String programaClave,
        @Schema(minimum = "1", maximum = "2147483647")
        int definicionVersion,
        @Schema(description = "One per quarter computed, Q1 to Q4", maxItems = 4)
        List<ResultadoPeriodo> resultados) {
}
