package mx.pbrsed.catalog.domain;

public enum TipoIndicador {
    ESTRATEGICO, GESTION
}
