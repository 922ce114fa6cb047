package mx.pbrsed.evaluation.service;

import java.util.List;
import mx.pbrsed.evaluation.domain.ValorResultado;

/**
 * One page of the indicator-periods whose year-end projection is not VERDE: page counts from 0,
 * total is the number of items on all pages.
 */
public record IndicadoresEnRiesgo(List<Item> items, int page, int size, long total) {

    /** ramo and unidadResponsable are null while the catalog's programa is not known here. */
    public record Item(FichaIndicador indicador, String ramo, String unidadResponsable, int ejercicio, int trimestre,
                       ValorResultado valor) {
    }
}
