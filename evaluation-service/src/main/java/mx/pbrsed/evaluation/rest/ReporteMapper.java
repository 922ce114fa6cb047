package mx.pbrsed.evaluation.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.pbrsed.evaluation.domain.AvanceFinanciero;
import mx.pbrsed.evaluation.domain.Proyeccion;
import mx.pbrsed.evaluation.domain.RangoSemaforo;
import mx.pbrsed.evaluation.domain.ValorResultado;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Avance;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Ficha;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Fila;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.FilaMetas;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.MetasDelTrimestre;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Parametro;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Presupuesto;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.ProyeccionVista;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Segmento;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.TrimestreVista;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.VariableVista;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno.Ambito;
import mx.pbrsed.evaluation.service.Reporte;
import mx.pbrsed.evaluation.service.ResultadosDeIndicador;

/**
 * The report's data as the page prints it: periods, money, figures, labels and semáforo ranges
 * written as the seed writes them. Formats only: every figure is the result's or the ficha's.
 */
final class ReporteMapper {
    private static final List<String> PERIODOS = List.of("ENERO - MARZO", "ABRIL - JUNIO", "JULIO - SEPTIEMBRE",
            "OCTUBRE - DICIEMBRE");
    private static final BigDecimal DECIMA = new BigDecimal("0.1");
    private static final String NO_DISPONIBLE = "n/d";
    private static final String VACIO = "";
    /** Addresses a reader can follow; any other scheme stays text. */
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s<>\"']+[^\\s<>\"'.,;:)]");

    private ReporteMapper() {
    }

    /** @param captureUrl capture-service's base URL, where each period's evidence is listed */
    static ReporteDesempeno aModelo(Reporte reporte, String captureUrl) {
        ResumenDesempeno resumen = ResumenMapper.aModelo(Ambito.PROGRAMA, reporte.resumen());
        int trimestre = resumen.trimestre();
        List<Fila> filas = new ArrayList<>();
        List<Ficha> fichas = new ArrayList<>();
        for (Reporte.Ficha ficha : reporte.fichas()) {
            int numero = fichas.size() + 1;
            ValorResultado valor = ficha.fila().valor();
            var indicador = ficha.fila().indicador();
            filas.add(new Fila(numero, indicador.nombre(), Etiquetas.palabra(indicador.nivel()),
                    Etiquetas.palabra(indicador.tipo()), Etiquetas.palabra(indicador.dimension()),
                    Etiquetas.palabra(indicador.comportamiento()), Etiquetas.palabra(indicador.frecuencia()),
                    avance(valor, "%")));
            fichas.add(ficha(numero, ficha, trimestre, captureUrl));
        }
        return new ReporteDesempeno(resumen, PERIODOS.get(trimestre - 1) + " " + resumen.ejercicio(),
                reporte.ramo() == null ? null : reporte.ramo().clave() + "-" + reporte.ramo().nombre(),
                reporte.unidadResponsable() == null ? null
                        : reporte.unidadResponsable().clave() + " " + reporte.unidadResponsable().nombre(),
                resumen.clave() + (resumen.nombre() == null ? "" : " " + resumen.nombre()),
                presupuesto(resumen.avanceFinanciero(), trimestre), filas, fichas);
    }

    private static Ficha ficha(int numero, Reporte.Ficha ficha, int trimestre, String captureUrl) {
        var indicador = ficha.fila().indicador();
        ValorResultado alPeriodo = ficha.fila().valor();
        List<TrimestreVista> trimestres = new ArrayList<>();
        List<BigDecimal> avances = new ArrayList<>();
        for (int t = 1; t <= 4; t++) {
            ValorResultado valor = t > trimestre ? null : delTrimestre(ficha.trimestres(), t);
            trimestres.add(trimestre(Etiquetas.TRIMESTRES.get(t - 1), valor));
            avances.add(valor == null ? null : valor.avancePorcentaje());
        }
        Reporte.CapturaDelTrimestre captura = ficha.captura();
        return new Ficha(numero, indicador.nombre(), Etiquetas.palabra(indicador.nivel()), ficha.resumenNarrativo(),
                ficha.responsable(), Etiquetas.palabra(indicador.frecuencia()),
                Etiquetas.palabra(indicador.comportamiento()), indicador.unidadMedida(),
                Etiquetas.palabra(ficha.familia()) + ": " + Objects.toString(ficha.expresion(), VACIO),
                alPeriodo == null ? null : alPeriodo.trazaLogro(),
                ficha.variables().stream().map(ReporteMapper::variable).toList(),
                metasCalendarizadas(ficha),
                trimestres,
                trimestre("Avance hacia la Meta Anual", alPeriodo),
                metasDelTrimestre(ficha),
                alPeriodo == null ? null : alPeriodo.trazaLogro(),
                alPeriodo == null ? null : alPeriodo.trazaMeta(),
                alPeriodo == null ? null : alPeriodo.trazaAvance(),
                captura(alPeriodo),
                segmentos(captura == null ? null : captura.analisisLogro()),
                segmentos(captura == null ? null : captura.justificacionVariacion()),
                modificacionMeta(ficha),
                captura == null ? null : captureUrl + "/capturas/" + captura.indicadorId() + "/" + captura.ejercicio()
                        + "/" + captura.trimestre() + "/evidencias",
                segmentos(ficha.mediosVerificacion()),
                captura == null ? null : captura.comentario(),
                GraficaAvance.de(avances, trimestres, ficha.parametros()),
                alPeriodo == null ? null : proyeccion(alPeriodo.proyeccion()),
                ficha.parametros().stream().map(ReporteMapper::parametro).toList());
    }

    private static ProyeccionVista proyeccion(Proyeccion proyeccion) {
        if (proyeccion == null) {
            return null;
        }
        String avance = proyeccion.avanceProyectadoPorcentaje() == null ? "Sin avance calculable"
                : proyeccion.avanceProyectadoPorcentaje().toPlainString() + " %";
        return new ProyeccionVista(numero(proyeccion.logroProyectado()), numero(proyeccion.metaAnual()),
                new Avance(avance, Etiquetas.semaforo(proyeccion.semaforoProyectado())), proyeccion.enRiesgo(), proyeccion.traza());
    }

    private static ValorResultado delTrimestre(List<ResultadosDeIndicador.Periodo> periodos, int trimestre) {
        return periodos.stream().filter(p -> p.trimestre() == trimestre).map(ResultadosDeIndicador.Periodo::valor)
                .findFirst().orElse(null);
    }

    private static TrimestreVista trimestre(String nombre, ValorResultado valor) {
        return new TrimestreVista(nombre, valor == null ? VACIO : numero(valor.metaProgramada()),
                valor == null ? VACIO : numero(valor.logro()), avance(valor, VACIO));
    }

    /** The avance with its colour's word, or the status in words where there is no number. */
    private static Avance avance(ValorResultado valor, String sufijo) {
        if (valor == null) {
            return new Avance(Etiquetas.estado(null), null);
        }
        if (valor.avancePorcentaje() == null) {
            return new Avance(Etiquetas.estado(valor.estado()), Etiquetas.semaforo(valor.semaforo()));
        }
        return new Avance(valor.avancePorcentaje().toPlainString() + sufijo, Etiquetas.semaforo(valor.semaforo()));
    }

    private static VariableVista variable(Reporte.VariableFicha v) {
        return new VariableVista(v.clave() + (v.meta() == null ? "" : ": " + numero(v.meta())) + " ("
                + Etiquetas.palabra(v.tipo()) + ")", v.descripcion());
    }

    private static List<FilaMetas> metasCalendarizadas(Reporte.Ficha ficha) {
        List<FilaMetas> filas = new ArrayList<>();
        if (ficha.metasAprobadas() != null) {
            filas.add(filaMetas("Aprobada", ficha.metasAprobadas()));
        }
        filas.add(filaMetas("Modificada", ficha.metasModificadas()));
        return filas;
    }

    private static FilaMetas filaMetas(String nombre, Reporte.Metas metas) {
        List<String> meses = new ArrayList<>();
        for (int mes = 1; mes <= 12; mes++) {
            meses.add(numero(metas.porMes().get(mes)));
        }
        return new FilaMetas(nombre, meses, numero(metas.anual()));
    }

    private static MetasDelTrimestre metasDelTrimestre(Reporte.Ficha ficha) {
        Reporte.MetasDelTrimestre m = ficha.metasDelTrimestre();
        List<String> claves = ficha.variables().stream().map(Reporte.VariableFicha::clave).toList();
        return new MetasDelTrimestre(Etiquetas.TRIMESTRES_ORDINALES.get(m.trimestre() - 1),
                Etiquetas.MESES.get(m.trimestre() * 3 - 1).toUpperCase(Locale.ROOT),
                claves.stream().map(c -> "Variable " + c.substring(1)).toList(),
                valores(claves, m.aprobadas(), m.metaAprobada()),
                valores(claves, m.modificadas(), m.metaModificada()),
                valores(claves, m.alcanzadas(), m.logro()));
    }

    private static List<String> valores(List<String> claves, Map<String, BigDecimal> porVariable, BigDecimal meta) {
        List<String> valores = new ArrayList<>(claves.stream().map(c -> numero(porVariable.get(c))).toList());
        valores.add(numero(meta));
        return valores;
    }

    /** Where the metas aprobadas and modificadas of the quarter differ: "V2: aprobada 10, modificada 9". */
    private static List<String> modificacionMeta(Reporte.Ficha ficha) {
        Reporte.MetasDelTrimestre m = ficha.metasDelTrimestre();
        List<String> cambios = new ArrayList<>();
        if (ficha.metasAprobadas() == null) {
            return cambios;
        }
        for (Reporte.VariableFicha variable : ficha.variables()) {
            diferencia(cambios, variable.clave(), m.aprobadas().get(variable.clave()), m.modificadas().get(variable.clave()));
        }
        diferencia(cambios, "Meta", m.metaAprobada(), m.metaModificada());
        return cambios;
    }

    private static void diferencia(List<String> cambios, String que, BigDecimal aprobada, BigDecimal modificada) {
        boolean igual = aprobada == null ? modificada == null : modificada != null && aprobada.compareTo(modificada) == 0;
        if (!igual) {
            cambios.add(que + ": aprobada " + (aprobada == null ? "sin meta" : numero(aprobada)) + ", modificada "
                    + (modificada == null ? "sin meta" : numero(modificada)));
        }
    }

    private static String captura(ValorResultado valor) {
        if (valor == null || valor.capturaVersion() == null) {
            return "Sin captura";
        }
        String estado = valor.capturaEstado() == null ? VACIO
                : " · " + valor.capturaEstado().charAt(0) + valor.capturaEstado().substring(1).toLowerCase(Locale.ROOT);
        return "Versión " + valor.capturaVersion() + estado + (valor.tardia() ? " · tardía" : VACIO)
                + (valor.preliminar() ? " · preliminar" : VACIO);
    }

    /** The text cut into plain runs and links, so an address in a captured text can be followed. */
    static List<Segmento> segmentos(String texto) {
        List<Segmento> segmentos = new ArrayList<>();
        if (texto == null || texto.isBlank()) {
            return segmentos;
        }
        Matcher url = URL.matcher(texto);
        int desde = 0;
        while (url.find()) {
            if (url.start() > desde) {
                segmentos.add(new Segmento(texto.substring(desde, url.start()), null));
            }
            segmentos.add(new Segmento(url.group(), url.group()));
            desde = url.end();
        }
        if (desde < texto.length()) {
            segmentos.add(new Segmento(texto.substring(desde), null));
        }
        return segmentos;
    }

    /**
     * As the seed prints them: [95, 116) is "95.0% - 115.9%", the open range "116.0% en adelante".
     * The catalog takes bounds with more decimals: they print rounded to one, as the seed's do.
     */
    private static Parametro parametro(RangoSemaforo rango) {
        String desde = rango.desde().setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        return new Parametro(Etiquetas.semaforo(rango.color()), rango.hasta() == null ? desde + " en adelante"
                : desde + " - " + rango.hasta().subtract(DECIMA).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
    }

    private static Presupuesto presupuesto(AvanceFinanciero avance, int trimestre) {
        if (avance == null) {
            return null;
        }
        // The budget accrued to December is the annual one; before Q4 it would need a calendar the catalog does not publish.
        boolean alCierre = trimestre == 4;
        String aprobado = moneda(avance.presupuestoAprobado());
        String modificado = moneda(avance.presupuestoModificado());
        String porcentajeAprobado = porcentaje(avance.porcentajeAprobado());
        String porcentajeModificado = porcentaje(avance.porcentajeModificado());
        return new Presupuesto(aprobado, modificado, alCierre ? aprobado : NO_DISPONIBLE,
                alCierre ? modificado : NO_DISPONIBLE, moneda(avance.devengado()), porcentajeAprobado,
                porcentajeModificado, alCierre ? porcentajeAprobado : NO_DISPONIBLE,
                alCierre ? porcentajeModificado : NO_DISPONIBLE);
    }

    private static String numero(BigDecimal valor) {
        return valor == null ? VACIO : valor.toPlainString();
    }

    private static String moneda(BigDecimal valor) {
        return valor == null ? VACIO : new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(valor);
    }

    private static String porcentaje(BigDecimal valor) {
        return valor == null ? VACIO : valor.toPlainString() + "%";
    }
}
