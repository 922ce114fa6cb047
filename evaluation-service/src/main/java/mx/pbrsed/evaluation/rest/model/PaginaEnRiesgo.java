package mx.pbrsed.evaluation.rest.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of indicators at risk: page counts from 0; total is the number of items on all pages. */
@Schema(requiredProperties = {"items", "page", "size", "total"})
public record PaginaEnRiesgo(
        @Schema(maxItems = Limites.TAMANO_PAGINA) List<IndicadorEnRiesgo> items,
        @Schema(minimum = "0", maximum = "" + Limites.PAGINA_MAXIMA) int page,
        @Schema(minimum = "1", maximum = "" + Limites.TAMANO_PAGINA) int size,
        @Schema(minimum = "0", maximum = "9223372036854775807") long total) {
}
