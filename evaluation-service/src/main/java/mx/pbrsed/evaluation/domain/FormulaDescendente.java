package mx.pbrsed.evaluation.domain;

/** How the avance of a DESCENDENTE indicator is computed. */
public enum FormulaDescendente {
    /** (2 - R / M) x 100: the default, because it is defined at R = 0. */
    LINEAL,
    /** M / R x 100, only where the ficha tecnica asks for it. */
    INVERSA
}
