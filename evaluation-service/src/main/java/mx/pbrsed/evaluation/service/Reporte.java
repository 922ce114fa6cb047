package mx.pbrsed.evaluation.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.RangoSemaforo;

/**
 * What the printable "Análisis de los Indicadores de Resultados" of a program at a quarter shows:
 * the summary, the program's ramo and UR (null while the programa is not known here) and, per
 * indicator, its ficha. Every figure is the engine's or the replicas' own: the page formats them,
 * it never computes one.
 */
public record Reporte(Resumen resumen, Catalogo ramo, Catalogo unidadResponsable, List<Ficha> fichas) {

    /** A clave with its name: ramo "04" GOBERNACIÓN, UR "118" ... */
    public record Catalogo(String clave, String nombre) {
    }

    /**
     * One indicator: its row of the summary; the MIR's resumen narrativo and responsable and the
     * medios de verificación (null in a definition published before the catalog sent them); its
     * formula; its variables; its metas calendarizadas; the metas of the report's quarter; its
     * results at every quarter; the captura of the report's quarter and its semáforo ranges.
     */
    public record Ficha(Resumen.Fila fila, String resumenNarrativo, String responsable, String mediosVerificacion,
                        String familia, String expresion, List<VariableFicha> variables, Metas metasAprobadas,
                        Metas metasModificadas, MetasDelTrimestre metasDelTrimestre,
                        List<ResultadosDeIndicador.Periodo> trimestres, CapturaDelTrimestre captura,
                        List<RangoSemaforo> parametros) {
    }

    /**
     * A variable as the seed lists it: "V1: 45649 (ACTUALIZABLE)", the value being the meta
     * modificada's period value at the report's quarter (null: no meta in scope).
     */
    public record VariableFicha(String clave, String descripcion, String tipo, BigDecimal meta) {
    }

    /**
     * One row of the metas calendarizadas: the indicator's meta of each month that has one (the
     * formula over that month's values, {@code DefinicionIndicador.metaDelMes}) and the meta anual
     * (the engine's meta programada at Q4). Empty and null for metas the catalog did not send.
     */
    public record Metas(Map<Integer, BigDecimal> porMes, BigDecimal anual) {
    }

    /**
     * "METAS PROGRAMADAS EN EL TRIMESTRE": the period value of each variable at the report's
     * quarter, approved, modified and reached, with the meta aprobada and modificada and the logro
     * (the engine's, over the same values).
     */
    public record MetasDelTrimestre(int trimestre, Map<String, BigDecimal> aprobadas, BigDecimal metaAprobada,
                                    Map<String, BigDecimal> modificadas, BigDecimal metaModificada,
                                    Map<String, BigDecimal> alcanzadas, BigDecimal logro) {
    }

    /**
     * The texts of the latest captura of the report's quarter (null: none): análisis del logro,
     * justificación de la variación (the seed's "Verificación de la Meta"), the validator's
     * comentario (observaciones), and the ids that name its evidence list in capture-service.
     */
    public record CapturaDelTrimestre(UUID indicadorId, int ejercicio, int trimestre, String analisisLogro,
                                      String justificacionVariacion, String comentario) {
    }
}
