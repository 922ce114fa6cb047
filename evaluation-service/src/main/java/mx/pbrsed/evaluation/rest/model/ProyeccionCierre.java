package mx.pbrsed.evaluation.rest.model;

import java.math.BigDecimal;
import mx.pbrsed.evaluation.domain.Color;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The year-end projection of a result at a quarter before Q4 (SPEC rule 10), with its trace. */
@Schema(requiredProperties = {"logroProyectado", "metaAnual", "avanceProyectadoPorcentaje", "semaforoProyectado", "enRiesgo", "traza"})
public record ProyeccionCierre(
        @Schema(description = "The formula over each variable projected to December")
        BigDecimal logroProyectado,
        @Schema(description = "The formula over the metas modificadas of the whole year")
        BigDecimal metaAnual,
        @Schema(nullable = true, description = "Percent against the meta anual by comportamiento, 2 decimals HALF_UP; "
                + "null only for DESCENDENTE INVERSA with a projected logro of 0")
        BigDecimal avanceProyectadoPorcentaje,
        Color semaforoProyectado,
        @Schema(description = "True when the projected colour is not VERDE")
        boolean enRiesgo,
        @Schema(description = "Each variable's projection, the formula, the meta anual and the avance, "
                + "e.g. V1: 20 x 100 / 25 = 80; 80 = 80; meta anual 100 = 100; 80 / 100 * 100 = 80.00",
                maxLength = Limites.TRAZA)
        String traza) {
}
