package mx.pbrsed.catalog.domain;

public enum Nivel {
    FIN, PROPOSITO, COMPONENTE, ACTIVIDAD
}
