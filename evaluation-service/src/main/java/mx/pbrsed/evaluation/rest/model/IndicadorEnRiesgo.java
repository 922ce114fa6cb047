package mx.pbrsed.evaluation.rest.model;

import java.math.BigDecimal;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator-period whose year-end projection is not VERDE: its result at the quarter and the projection. */
@Schema(requiredProperties = {"indicadorId", "nombre", "nivel", "programaClave", "ramo", "unidadResponsable", "ejercicio", "trimestre", "avancePorcentaje", "semaforo", "proyeccion"})
public record IndicadorEnRiesgo(
        UUID indicadorId,
        @Schema(maxLength = Limites.NOMBRE)
        String nombre,
        @Schema(enumeration = {"FIN", "PROPOSITO", "COMPONENTE", "ACTIVIDAD"})
        String nivel,
        @Schema(maxLength = Limites.CLAVE, pattern = Limites.PATRON_CLAVE)
        String programaClave,
        @Schema(nullable = true, maxLength = Limites.CLAVE, pattern = Limites.PATRON_CLAVE,
                description = "Clave of the program's ramo; null while the catalog's programa is not known here")
        String ramo,
        @Schema(nullable = true, maxLength = Limites.CLAVE, pattern = Limites.PATRON_CLAVE,
                description = "Clave of the program's unidad responsable; null while the programa is not known here")
        String unidadResponsable,
        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO)
        int ejercicio,
        @Schema(minimum = "1", maximum = "3")
        int trimestre,
        @Schema(nullable = true, description = "The avance at the quarter itself")
        BigDecimal avancePorcentaje,
        @Schema(nullable = true)
        Color semaforo,
        ProyeccionCierre proyeccion) {
}
