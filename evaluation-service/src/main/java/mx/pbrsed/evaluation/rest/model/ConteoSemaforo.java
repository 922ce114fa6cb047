package mx.pbrsed.evaluation.rest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Indicators per colour; sinSemaforo counts those without one (no programado, sin captura...);
 * enRiesgo those whose year-end projection at the quarter is not VERDE (SPEC rule 10).
 */
@Schema(requiredProperties = {"verde", "amarillo", "rojo", "excedido", "sinSemaforo", "total", "enRiesgo"})
public record ConteoSemaforo(
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int verde,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int amarillo,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int rojo,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int excedido,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int sinSemaforo,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int total,
        @Schema(minimum = "0", maximum = "" + Limites.INDICADORES_POR_CONSULTA) int enRiesgo) {
}
