package mx.pbrsed.evaluation.rest.model;

import java.util.List;

/**
 * What the printable "Análisis de los Indicadores de Resultados" shows for a program and quarter,
 * already written as the seed prints it: money, percentages, human labels for every enum, the
 * semáforo as colour class, word and symbol, and each chart's coordinates. The template (HTML and,
 * through it, the PDF) only places these strings: it computes nothing.
 */
public record ReporteDesempeno(
        ResumenDesempeno resumen,
        String periodo,
        String ramo,
        String unidadResponsable,
        String programa,
        Presupuesto presupuesto,
        List<Fila> indicadores,
        List<Ficha> fichas) {

    /**
     * The avance físico y financiero, columns a..i of the seed: the annual budget (a, b), the
     * budget accrued to the quarter (c, d; the annual one at Q4, "n/d" before: the catalog
     * publishes no calendarized budget), the devengado (e) and e over each (f..i).
     */
    public record Presupuesto(String aprobadoAnual, String modificadoAnual, String aprobadoTrimestre,
                              String modificadoTrimestre, String devengado, String porcentajeAprobadoAnual,
                              String porcentajeModificadoAnual, String porcentajeAprobadoTrimestre,
                              String porcentajeModificadoTrimestre) {
    }

    /** A semáforo as the page shows it: CSS class, colour word, its meaning (Bueno...) and a symbol, never colour alone. */
    public record Semaforo(String clase, String color, String etiqueta, String simbolo) {
    }

    /** A figure with its semáforo (null: no colour) or, without a number, the status in words. */
    public record Avance(String texto, Semaforo semaforo) {
    }

    /** A row of "INDICADORES DE DESEMPEÑO". */
    public record Fila(int numero, String nombre, String nivel, String tipo, String dimension, String comportamiento,
                       String frecuencia, Avance avance) {
    }

    /** A run of text, a link when url is set (only http and https addresses become links). */
    public record Segmento(String texto, String url) {
    }

    /** "V1: 45649 (ACTUALIZABLE)" and, below it, the variable's description. */
    public record VariableVista(String encabezado, String descripcion) {
    }

    /** A row of the metas calendarizadas: Ene..Dic (blank where no meta) and the meta anual. */
    public record FilaMetas(String nombre, List<String> meses, String anual) {
    }

    /** A column of "Metas a Lograr por Trimestre". */
    public record TrimestreVista(String nombre, String meta, String logro, Avance avance) {
    }

    /** "METAS PROGRAMADAS EN EL TRIMESTRE": a value per variable, then the meta (or logro), for each of the three groups. */
    public record MetasDelTrimestre(String trimestre, String mes, List<String> variables, List<String> aprobadas,
                                    List<String> modificadas, List<String> alcanzadas) {
    }

    /** One line of the parámetros de semaforización: "VERDE: Bueno 95.0% - 115.9%". */
    public record Parametro(Semaforo semaforo, String rango) {
    }

    /**
     * The chart of an indicator: avance per quarter (bars) against the meta (the 100 % line), over
     * the semáforo's ranges as bands, in SVG user units. texto says the same in words.
     */
    public record Grafica(int ancho, int alto, int izquierda, int derecha, int anchoArea, int abajo, int yMeta,
                          int yTextoMeta, int yNombre, int yMetaBarra, int yLogroBarra, List<Banda> bandas,
                          List<Marca> marcas, List<Barra> barras, String texto) {
    }

    public record Banda(int y, int alto, String clase) {
    }

    /** A tick of the vertical axis: its line's y and its label's baseline. */
    public record Marca(int y, int yTexto, String texto) {
    }

    /** A quarter: its bar (alto 0 without avance), the avance's label above it, and its name, meta and logro under the axis. */
    public record Barra(int x, int ancho, int y, int alto, int centro, int yEtiqueta, String etiqueta, String nombre,
                        String meta, String logro) {
    }

    /** The projection to the year's end (SPEC rule 10) as the report prints it, with its colour's word and trace. */
    public record ProyeccionVista(String logroProyectado, String metaAnual, Avance avance, boolean enRiesgo, String traza) {
    }

    /** One indicator's pages; proyeccion is null at Q4 and wherever the result has none. */
    public record Ficha(
            int numero,
            String nombre,
            String nivel,
            String resumenNarrativo,
            String responsable,
            String frecuencia,
            String comportamiento,
            String unidadMedida,
            String metodo,
            String calculo,
            List<VariableVista> variables,
            List<FilaMetas> metasCalendarizadas,
            List<TrimestreVista> trimestres,
            TrimestreVista alPeriodo,
            MetasDelTrimestre metasDelTrimestre,
            String trazaLogro,
            String trazaMeta,
            String trazaAvance,
            String captura,
            List<Segmento> analisisLogro,
            List<Segmento> verificacion,
            List<String> modificacionMeta,
            String evidencias,
            List<Segmento> mediosVerificacion,
            String observaciones,
            Grafica grafica,
            ProyeccionVista proyeccion,
            List<Parametro> parametros) {
    }
}
