package mx.pbrsed.catalog.domain;

public enum TipoVariable {
    ACUMULABLE, NO_ACUMULABLE, ACTUALIZABLE
}
