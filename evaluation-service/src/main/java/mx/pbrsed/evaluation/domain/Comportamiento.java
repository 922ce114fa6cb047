package mx.pbrsed.evaluation.domain;

/** The sense in which an indicator improves (its "sentido"). */
public enum Comportamiento {
    ASCENDENTE,
    DESCENDENTE,
    /** Nominal: being on target is best, so the semaforo is a two-sided band. */
    REGULAR
}
