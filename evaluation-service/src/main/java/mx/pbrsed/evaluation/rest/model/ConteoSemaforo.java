package mx.pbrsed.evaluation.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Indicators per colour; sinSemaforo counts those without one (no programado, sin captura...). */
@Schema(requiredProperties = {"verde", "amarillo", "rojo", "excedido", "sinSemaforo", "total"})
public record ConteoSemaforo(
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int verde,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int amarillo,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int rojo,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int excedido,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int sinSemaforo,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int total) {
}
