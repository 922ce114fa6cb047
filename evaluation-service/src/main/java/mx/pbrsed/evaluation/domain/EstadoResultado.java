package mx.pbrsed.evaluation.domain;

/** Outcome of evaluating an indicator at a quarter. */
public enum EstadoResultado {
    CALCULADO,
    /** A measurement is due at the quarter and no captura exists for it. */
    SIN_CAPTURA,
    /** The meta programada is absent or zero, so there is no avance. */
    SIN_META,
    /** The frecuencia expects no measurement at the quarter: shown as such, never as red. */
    NO_PROGRAMADO,
    /** The formula divides by zero with the captured values. */
    SIN_DENOMINADOR
}
