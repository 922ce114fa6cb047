package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Evaluates an indicator at a quarter: meta programada, logro, avance and semaforo, each with
 * its trace. Stateless and pure, so it can be shared and called from any thread.
 */
public final class MotorEvaluacion {

    /** Right-hand side of a trace whose formula divided by zero. */
    private static final String SIN_DENOMINADOR = "sin denominador";

    private static final BigDecimal DOSCIENTOS = BigDecimal.valueOf(200);

    /** Results of quarters 1..4, in order. */
    public List<Resultado> evaluarEjercicio(DefinicionIndicador definicion, List<CapturaTrimestral> capturas) {
        return IntStream.rangeClosed(1, 4)
                .mapToObj(trimestre -> evaluar(definicion, capturas, trimestre))
                .toList();
    }

    /**
     * @param capturas the latest version of each quarter's captura, at most one per quarter;
     *                 quarters after the one evaluated are ignored
     */
    public Resultado evaluar(DefinicionIndicador definicion, List<CapturaTrimestral> capturas, int trimestre) {
        Objects.requireNonNull(definicion, "definicion");
        Objects.requireNonNull(capturas, "capturas");
        Trimestres.validar(trimestre);
        rechazarDuplicadas(capturas);

        if (!definicion.esperaMedicion(trimestre)) {
            return new Resultado(trimestre, EstadoResultado.NO_PROGRAMADO, null, null, null, null, null, null, null);
        }
        Calculo meta = calcular(definicion, definicion.metasModificadas(), trimestre);
        // Accumulation combines captured quarters; it never stands in for a missing one.
        if (capturas.stream().noneMatch(captura -> captura.trimestre() == trimestre)) {
            return sinLogro(trimestre, EstadoResultado.SIN_CAPTURA, meta, null);
        }
        Calculo logro = calcular(definicion, capturadoHasta(capturas, trimestre), trimestre);
        if (!logro.calculado()) {
            // A captura lacking a variable (or NO_ACUMULABLE without a value this quarter) is incomplete.
            return sinLogro(trimestre,
                    logro.divisionPorCero() ? EstadoResultado.SIN_DENOMINADOR : EstadoResultado.SIN_CAPTURA,
                    meta, logro.traza());
        }
        if (!meta.calculado() || Decimales.esCero(meta.exacto())) {
            return new Resultado(trimestre, EstadoResultado.SIN_META, logro.reportado(), meta.reportado(),
                    null, null, logro.traza(), meta.traza(), null);
        }
        return conAvance(definicion, trimestre, logro, meta);
    }

    private static Resultado sinLogro(int trimestre, EstadoResultado estado, Calculo meta, String trazaLogro) {
        return new Resultado(trimestre, estado, null, meta.reportado(), null, null, trazaLogro, meta.traza(), null);
    }

    private static Resultado conAvance(DefinicionIndicador definicion, int trimestre, Calculo logro, Calculo meta) {
        Avance avance = avance(definicion, logro.exacto(), meta.exacto());
        return new Resultado(trimestre, EstadoResultado.CALCULADO, logro.reportado(), meta.reportado(),
                avance.porcentaje(), avance.color(), logro.traza(), meta.traza(), avance.traza());
    }

    /** Avance of R against M by comportamiento (rule 4), rounded as shown (rule 5) and coloured from that (rule 6). */
    private static Avance avance(DefinicionIndicador definicion, BigDecimal r, BigDecimal m) {
        String rTexto = Decimales.valorReportado(r).toPlainString();
        String mTexto = Decimales.valorReportado(m).toPlainString();
        BigDecimal exacto;
        String operacion;
        // R * 100 / M rather than R / M * 100: a single rounding, in the division.
        if (definicion.comportamiento() != Comportamiento.DESCENDENTE) {
            exacto = porcentaje(r, m);
            operacion = rTexto + " / " + mTexto + " * 100";
        } else if (definicion.formulaDescendente() == FormulaDescendente.LINEAL) {
            exacto = DOSCIENTOS.subtract(porcentaje(r, m));
            operacion = "(2 - " + rTexto + " / " + mTexto + ") * 100";
        } else if (Decimales.esCero(r)) {
            // Zero is the best outcome of a descending indicator, but M / 0 has no number.
            return new Avance(null, definicion.semaforo().colorAbierto(),
                    mTexto + " / 0 * 100 = sin avance (logro 0: rango abierto)");
        } else {
            exacto = porcentaje(m, r);
            operacion = mTexto + " / " + rTexto + " * 100";
        }
        BigDecimal reportado = Decimales.avanceReportado(exacto);
        return new Avance(reportado, definicion.semaforo().colorDe(reportado),
                operacion + " = " + reportado.toPlainString());
    }

    /**
     * The year-end projection of a result (SPEC rule 10): only at t < 4 and only for a CALCULADO
     * result; empty too when the meta anual is absent or zero, or the projected values divide by
     * zero, since then there is nothing to measure the projection against.
     *
     * @param capturas the same capturas the result was computed from
     */
    public Optional<Proyeccion> proyectar(DefinicionIndicador definicion, List<CapturaTrimestral> capturas,
                                          Resultado resultado) {
        Objects.requireNonNull(definicion, "definicion");
        Objects.requireNonNull(capturas, "capturas");
        int trimestre = resultado.trimestre();
        if (trimestre == 4 || resultado.estado() != EstadoResultado.CALCULADO) {
            return Optional.empty();
        }
        Calculo metaAnual = calcular(definicion, definicion.metasModificadas(), 4);
        if (!metaAnual.calculado() || Decimales.esCero(metaAnual.exacto())) {
            return Optional.empty();
        }
        ValoresMensuales capturado = capturadoHasta(capturas, trimestre);
        Expresion formula = definicion.formula();
        Map<String, BigDecimal> proyectados = new HashMap<>();
        List<String> pasos = new ArrayList<>();
        for (String clave : formula.variables()) {
            TipoVariable tipo = definicion.variables().get(clave);
            Optional<BigDecimal> c = capturado.valorDelPeriodo(clave, tipo, trimestre);
            Optional<BigDecimal> m4 = definicion.metasModificadas().valorDelPeriodo(clave, tipo, 4);
            if (c.isEmpty() || m4.isEmpty()) {
                return Optional.empty();
            }
            String cTexto = Decimales.texto(c.get());
            BigDecimal proyectado;
            String operacion;
            if (tipo != TipoVariable.ACUMULABLE) {
                // the level reached carries forward
                proyectado = c.get();
                operacion = cTexto + " (" + tipo + ")";
            } else {
                // nothing calendarized up to t is a meta of 0 so far: the rest of the calendar met
                BigDecimal mt = definicion.metasModificadas().valorDelPeriodo(clave, tipo, trimestre)
                        .orElse(BigDecimal.ZERO);
                String m4Texto = Decimales.texto(m4.get());
                if (Decimales.esCero(mt)) {
                    proyectado = c.get().add(m4.get());
                    operacion = cTexto + " + " + m4Texto;
                } else {
                    proyectado = c.get().multiply(m4.get()).divide(mt, Decimales.DIVISION);
                    operacion = cTexto + " x " + m4Texto + " / " + Decimales.texto(mt);
                }
                operacion += " = " + Decimales.valorReportado(proyectado).toPlainString();
            }
            proyectados.put(clave, proyectado);
            pasos.add(clave + ": " + operacion);
        }
        BigDecimal logro;
        try {
            logro = formula.evaluar(proyectados);
        } catch (DivisionPorCeroException e) {
            return Optional.empty();
        }
        Avance avance = avance(definicion, logro, metaAnual.exacto());
        pasos.add(formula.renderizar(redondeados(proyectados)) + " = " + Decimales.valorReportado(logro).toPlainString());
        pasos.add("meta anual " + metaAnual.traza());
        pasos.add(avance.traza());
        return Optional.of(new Proyeccion(Decimales.valorReportado(logro), metaAnual.reportado(),
                avance.porcentaje(), avance.color(), String.join("; ", pasos)));
    }

    /** Projected values as a trace shows them: 6 decimals, as every reported figure. */
    private static Map<String, BigDecimal> redondeados(Map<String, BigDecimal> valores) {
        Map<String, BigDecimal> redondeados = new HashMap<>();
        valores.forEach((clave, valor) -> redondeados.put(clave, Decimales.valorReportado(valor)));
        return redondeados;
    }

    private static BigDecimal porcentaje(BigDecimal numerador, BigDecimal denominador) {
        return numerador.multiply(Decimales.CIEN).divide(denominador, Decimales.DIVISION);
    }

    /** The formula over the period values, or why it has no value. */
    private static Calculo calcular(DefinicionIndicador definicion, ValoresMensuales valores, int trimestre) {
        Expresion formula = definicion.formula();
        Map<String, BigDecimal> delPeriodo = new HashMap<>();
        for (String clave : formula.variables()) {
            Optional<BigDecimal> valor = valores.valorDelPeriodo(clave, definicion.variables().get(clave), trimestre);
            if (valor.isEmpty()) {
                return Calculo.INCOMPLETO;
            }
            delPeriodo.put(clave, valor.get());
        }
        String sustituida = formula.renderizar(delPeriodo);
        try {
            BigDecimal exacto = formula.evaluar(delPeriodo);
            return new Calculo(exacto, sustituida + " = " + Decimales.valorReportado(exacto).toPlainString());
        } catch (DivisionPorCeroException e) {
            return new Calculo(null, sustituida + " = " + SIN_DENOMINADOR);
        }
    }

    /** The captured months of quarters 1..t; the quarters' months are disjoint, so a plain union. */
    private static ValoresMensuales capturadoHasta(List<CapturaTrimestral> capturas, int trimestre) {
        SortedMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        capturas.stream()
                .filter(captura -> captura.trimestre() <= trimestre)
                .forEach(captura -> porMes.putAll(captura.valores().porMes()));
        return new ValoresMensuales(porMes);
    }

    private static void rechazarDuplicadas(List<CapturaTrimestral> capturas) {
        Set<Integer> trimestres = new HashSet<>();
        for (CapturaTrimestral captura : capturas) {
            if (!trimestres.add(captura.trimestre())) {
                throw new IllegalArgumentException(
                        "Mas de una captura para el trimestre " + captura.trimestre() + ": pase solo la ultima version");
            }
        }
    }

    /** An avance with its colour and trace; porcentaje is null only for INVERSA at R = 0. */
    private record Avance(BigDecimal porcentaje, Color color, String traza) {
    }

    /**
     * Value of the formula: computed (exacto set), divided by zero (only traza set) or
     * incomplete (neither).
     */
    private record Calculo(BigDecimal exacto, String traza) {

        static final Calculo INCOMPLETO = new Calculo(null, null);

        boolean calculado() {
            return exacto != null;
        }

        boolean divisionPorCero() {
            return exacto == null && traza != null;
        }

        BigDecimal reportado() {
            return exacto == null ? null : Decimales.valorReportado(exacto);
        }
    }
}
