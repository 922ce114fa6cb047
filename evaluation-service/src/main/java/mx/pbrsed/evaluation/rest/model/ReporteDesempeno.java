package mx.pbrsed.evaluation.rest.model;

import java.util.List;

/**
 * What the printable "Análisis de los Indicadores de Resultados" shows for a program and
 * quarter: the summary plus, per indicator, its ficha, its results and its semáforo ranges.
 * Money is already formatted as the seed prints it.
 */
public record ReporteDesempeno(
        ResumenDesempeno resumen,
        String periodo,
        String ramo,
        String unidadResponsable,
        Presupuesto presupuesto,
        List<Ficha> fichas) {

    public record Presupuesto(String aprobado, String modificado, String devengado, String porcentajeAprobado,
                              String porcentajeModificado) {
    }

    public record Ficha(
            int numero,
            IndicadorDesempeno indicador,
            String unidadMedida,
            String familia,
            String expresion,
            List<String> variables,
            List<ResultadoPeriodo> trimestres,
            ResultadoPeriodo alPeriodo,
            String justificacionVariacion,
            List<String> parametros) {
    }
}
