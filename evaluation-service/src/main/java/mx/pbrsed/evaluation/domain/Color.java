package mx.pbrsed.evaluation.domain;

/** Colour of the semaforo; EXCEDIDO flags over-achievement, i.e. a planning failure. */
public enum Color {
    VERDE,
    AMARILLO,
    ROJO,
    EXCEDIDO
}
