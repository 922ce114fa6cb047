package mx.pbrsed.catalog.domain;

/** Colour of the semáforo; EXCEDIDO is over-achievement, read as a planning failure. */
public enum Color {
    VERDE, AMARILLO, ROJO, EXCEDIDO
}
