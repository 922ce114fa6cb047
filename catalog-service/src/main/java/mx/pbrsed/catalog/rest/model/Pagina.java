package mx.pbrsed.catalog.rest.model;

import java.util.List;

/** One page of a listing: page counts from 0; total is the number of items on all pages. */
public record Pagina<T>(List<T> items, int page, int size, long total) {
}
