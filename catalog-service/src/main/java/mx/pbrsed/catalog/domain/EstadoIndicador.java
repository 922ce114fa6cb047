package mx.pbrsed.catalog.domain;

public enum EstadoIndicador {
    VIGENTE, RETIRADO
}
