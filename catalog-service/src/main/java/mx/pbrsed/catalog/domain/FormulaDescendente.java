package mx.pbrsed.catalog.domain;

public enum FormulaDescendente {
    LINEAL, INVERSA
}
