package mx.pbrsed.evaluation.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Indicators per colour; sinSemaforo counts those without one (no programado, sin captura...). */
@Schema(requiredProperties = {"verde", "amarillo", "rojo", "excedido", "sinSemaforo", "total"})
public record ConteoSemaforo(int verde, int amarillo, int rojo, int excedido, int sinSemaforo, int total) {
}
