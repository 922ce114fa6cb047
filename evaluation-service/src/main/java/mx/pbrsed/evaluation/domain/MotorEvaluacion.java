package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
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
        BigDecimal r = logro.exacto();
        BigDecimal m = meta.exacto();
        String rTexto = logro.reportado().toPlainString();
        String mTexto = meta.reportado().toPlainString();
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
            return new Resultado(trimestre, EstadoResultado.CALCULADO, logro.reportado(), meta.reportado(), null,
                    definicion.semaforo().colorAbierto(), logro.traza(), meta.traza(),
                    mTexto + " / 0 * 100 = sin avance (logro 0: rango abierto)");
        } else {
            exacto = porcentaje(m, r);
            operacion = mTexto + " / " + rTexto + " * 100";
        }
        BigDecimal avance = Decimales.avanceReportado(exacto);
        return new Resultado(trimestre, EstadoResultado.CALCULADO, logro.reportado(), meta.reportado(), avance,
                definicion.semaforo().colorDe(avance), logro.traza(), meta.traza(),
                operacion + " = " + avance.toPlainString());
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
