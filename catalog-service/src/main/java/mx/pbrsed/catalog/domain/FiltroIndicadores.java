package mx.pbrsed.catalog.domain;

/** The filters of GET /indicadores, each optional (null: any): claves of ramo, UR and programa. */
public record FiltroIndicadores(Integer ejercicio, String ramo, String ur, String programa, Nivel nivel, TipoIndicador tipo) {
}
