package mx.pbrsed.evaluation.domain;

/** How a variable's values combine over the quarters of an ejercicio. */
public enum TipoVariable {
    /** A flow: the period value is the sum of every value up to the period. */
    ACUMULABLE,
    /** A reference quantity: the period value is that of the quarter alone. */
    NO_ACUMULABLE,
    /** A re-stated stock: the period value is the latest one up to the period. */
    ACTUALIZABLE
}
