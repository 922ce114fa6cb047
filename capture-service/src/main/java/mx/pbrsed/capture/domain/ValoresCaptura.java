package mx.pbrsed.capture.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks that a captura carries every variable of the indicator and no other, in the shape
 * its frecuencia asks for, with values the engine can use, and normalises it to values per
 * month: a quarterly value belongs to the quarter's month of measurement (its last month for
 * TRIMESTRAL, April for a CUATRIMESTRAL Q2), a MENSUAL or BIMESTRAL captura gives each of the
 * quarter's months of measurement.
 */
public final class ValoresCaptura {
    /** Decimals a value may carry (trailing zeros do not count). */
    public static final int MAX_DECIMALES = 6;
    /** Integer digits a value may carry: far above any count or amount in MXN, far below 1e999. */
    public static final int MAX_ENTEROS = 15;

    private ValoresCaptura() {
    }

    public static SortedMap<Integer, Map<String, BigDecimal>> normalizar(
            Frecuencia frecuencia, int trimestre, Set<String> variables,
            Map<String, BigDecimal> valores, SortedMap<Integer, Map<String, BigDecimal>> valoresMensuales) {
        if (!frecuencia.esperaMedicion(trimestre)) {
            throw new CapturaRechazadaException("trimestre",
                    "Un indicador " + frecuencia + " no tiene medición en el trimestre " + trimestre);
        }
        SortedMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        SortedSet<Integer> esperados = frecuencia.mesesDeMedicion(trimestre);
        if (frecuencia.porMes()) {
            if (valores != null || valoresMensuales == null) {
                throw new CapturaRechazadaException("valoresMensuales", "Un indicador " + frecuencia
                        + " se captura con valoresMensuales de los meses de medición del trimestre " + esperados);
            }
            if (!valoresMensuales.keySet().equals(esperados)) {
                throw new CapturaRechazadaException("valoresMensuales",
                        "Se esperan los meses " + esperados + " y se recibieron " + valoresMensuales.keySet());
            }
            valoresMensuales.forEach((mes, delMes) -> {
                exigirVariables("valoresMensuales[" + mes + "]", variables, delMes);
                exigirValores("valoresMensuales[" + mes + "].valores", delMes);
                porMes.put(mes, Map.copyOf(delMes));
            });
        } else {
            if (valores == null || valoresMensuales != null) {
                throw new CapturaRechazadaException("valores",
                        "Un indicador " + frecuencia + " se captura con valores del trimestre, no valoresMensuales");
            }
            exigirVariables("valores", variables, valores);
            exigirValores("valores", valores);
            porMes.put(esperados.last(), Map.copyOf(valores));
        }
        return Collections.unmodifiableSortedMap(porMes);
    }

    /**
     * The catalog does not say whether a variable may be negative; every variable counts or
     * measures something (programs, people, amounts), so none may.
     */
    private static void exigirValores(String campo, Map<String, BigDecimal> valores) {
        new TreeMap<>(valores).forEach((variable, valor) -> {
            String campoValor = campo + "[" + variable + "]";
            if (valor.signum() < 0) {
                throw new CapturaRechazadaException(campoValor, "La variable " + variable + " no admite valores negativos: " + valor);
            }
            BigDecimal normal = valor.stripTrailingZeros();
            if (normal.scale() > MAX_DECIMALES) {
                throw new CapturaRechazadaException(campoValor, "La variable " + variable + " admite hasta "
                        + MAX_DECIMALES + " decimales: " + valor);
            }
            if (normal.precision() - normal.scale() > MAX_ENTEROS) {
                throw new CapturaRechazadaException(campoValor, "La variable " + variable + " admite hasta "
                        + MAX_ENTEROS + " dígitos enteros: " + valor);
            }
        });
    }

    private static void exigirVariables(String campo, Set<String> variables, Map<String, BigDecimal> valores) {
        Set<String> faltan = new TreeSet<>(variables);
        faltan.removeAll(valores.keySet());
        Set<String> sobran = new TreeSet<>(valores.keySet());
        sobran.removeAll(variables);
        if (!faltan.isEmpty()) {
            throw new CapturaRechazadaException(campo, "Faltan las variables " + faltan);
        }
        if (!sobran.isEmpty()) {
            throw new CapturaRechazadaException(campo, "El indicador no tiene las variables " + sobran);
        }
    }
}
