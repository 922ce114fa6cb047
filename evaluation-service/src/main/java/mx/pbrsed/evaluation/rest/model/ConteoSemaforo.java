package mx.pbrsed.evaluation.rest.model;

/** Indicators per colour; sinSemaforo counts those without one (no programado, sin captura...). */
public record ConteoSemaforo(int verde, int amarillo, int rojo, int excedido, int sinSemaforo, int total) {
}
