package mx.pbrsed.evaluation.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One row of the federal open dataset "Avance de los indicadores de los programas
 * presupuestarios": one indicator in one ejercicio. Each monthly list has 12 entries (null
 * where unknown): metaMes is the approved meta, which the catalog does not publish yet.
 */
public record AvanceIndicadorAbierto(
        int ciclo,
        String idRamo,
        String descRamo,
        String idUr,
        String descUr,
        String idPp,
        String descPp,
        Integer idNivel,
        String descNivel,
        String frecuencia,
        String tipoIndicador,
        String dimension,
        String unidadMedida,
        String sentido,
        List<BigDecimal> metaMes,
        List<BigDecimal> metaAjustadaMes,
        List<BigDecimal> avanceMes,
        List<String> justificacionAjusteMes,
        UUID idIndicador,
        String nombreIndicador) {
}
