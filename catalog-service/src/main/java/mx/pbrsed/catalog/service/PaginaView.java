package mx.pbrsed.catalog.service;

import java.util.List;

/** One page of indicators: page counts from 0; total is the number of items on all pages. */
public record PaginaView(List<IndicadorView> items, int page, int size, long total) {
}
