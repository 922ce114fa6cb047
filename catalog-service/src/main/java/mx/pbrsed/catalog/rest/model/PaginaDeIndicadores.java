package mx.pbrsed.catalog.rest.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of indicators: page counts from 0; total is the number of items on all pages. */
@Schema(requiredProperties = {"items", "page", "size", "total"})
public record PaginaDeIndicadores(
        @Schema(maxItems = Limites.TAMANO_PAGINA) List<Indicador> items,
        @Schema(minimum = "0", maximum = "" + Limites.PAGINA_MAXIMA) int page,
        @Schema(minimum = "1", maximum = "" + Limites.TAMANO_PAGINA) int size,
        @Schema(minimum = "0", maximum = "9223372036854775807") long total) {
}
