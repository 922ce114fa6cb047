package mx.pbrsed.evaluation.service;

import java.util.List;
import mx.pbrsed.evaluation.domain.RangoSemaforo;

/**
 * What the printable "Análisis de los Indicadores de Resultados" of a program at a quarter shows:
 * the summary, the program's ramo and UR (null while the programa is not known here) and, per
 * indicator, its ficha.
 */
public record Reporte(Resumen resumen, Catalogo ramo, Catalogo unidadResponsable, List<Ficha> fichas) {

    /** A clave with its name: ramo "04" GOBERNACIÓN, UR "118" ... */
    public record Catalogo(String clave, String nombre) {
    }

    /**
     * One indicator: its row of the summary, its formula, each variable as "clave (tipo): descripción",
     * its results at every quarter, the captura's justificación at the report's quarter and its
     * semáforo ranges.
     */
    public record Ficha(Resumen.Fila fila, String familia, String expresion, List<String> variables,
                        List<ResultadosDeIndicador.Periodo> trimestres, String justificacionVariacion,
                        List<RangoSemaforo> parametros) {
    }
}
