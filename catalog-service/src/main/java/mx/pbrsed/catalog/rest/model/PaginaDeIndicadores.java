package mx.pbrsed.catalog.rest.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of indicators: page counts from 0; total is the number of items on all pages. */
@Schema(requiredProperties = {"items", "page", "size", "total"})
public record PaginaDeIndicadores(List<Indicador> items, int page, int size, long total) {
}
