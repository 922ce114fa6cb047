package mx.pbrsed.catalog.domain;

/** Sentido of an indicator: which direction of the logro is better. */
public enum Comportamiento {
    ASCENDENTE, DESCENDENTE, REGULAR
}
