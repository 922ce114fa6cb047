package mx.pbrsed.catalog.domain;

public enum Dimension {
    EFICACIA, EFICIENCIA, ECONOMIA, CALIDAD
}
