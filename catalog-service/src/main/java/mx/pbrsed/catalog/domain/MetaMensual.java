package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The meta of one month: a value per variable (V1 -> 45649), kept in {@link Decimales#canonico} form.
 * A value is what a captura could be, so it follows capture-service's rule for captured values
 * (its domain/ValoresCaptura, MAX_ENTEROS and MAX_DECIMALES): change both together.
 */
public record MetaMensual(int mes, Map<String, BigDecimal> valores) {
    /** Integer digits of a value: far above any count or amount in MXN, far below 1e309. */
    public static final int MAX_ENTEROS = 15;
    /** Decimals of a value; trailing zeros do not count. */
    public static final int MAX_DECIMALES = 6;

    public MetaMensual {
        if (mes < 1 || mes > 12) {
            throw new DefinicionInvalidaException(MetasCalendarizadas.CAMPO,
                    "Mes " + mes + " fuera de rango: debe ser de 1 a 12");
        }
        // A month without values is no meta: leave the month out instead.
        if (valores == null || valores.isEmpty()) {
            throw new DefinicionInvalidaException(MetasCalendarizadas.CAMPO,
                    "La meta del mes " + mes + " no tiene valores");
        }
        for (Map.Entry<String, BigDecimal> valor : valores.entrySet()) {
            if (valor.getKey() == null || valor.getValue() == null) {
                throw new DefinicionInvalidaException(MetasCalendarizadas.CAMPO,
                        "La meta del mes " + mes + " tiene un valor sin variable o una variable sin valor ("
                                + valor.getKey() + ")");
            }
        }
        for (Map.Entry<String, BigDecimal> valor : valores.entrySet()) {
            if (!valorAdmitido(valor.getValue())) {
                throw new DefinicionInvalidaException(MetasCalendarizadas.CAMPO, "La meta del mes " + mes + " da a "
                        + valor.getKey() + " el valor " + valor.getValue() + ": " + REGLA_DEL_VALOR);
            }
        }
        Map<String, BigDecimal> canonicos = new HashMap<>();
        valores.forEach((variable, valor) -> canonicos.put(variable, Decimales.canonico(valor)));
        valores = Map.copyOf(canonicos);
    }

    public static final String REGLA_DEL_VALOR = "debe ser un número de 0 en adelante con hasta " + MAX_ENTEROS
            + " dígitos enteros y " + MAX_DECIMALES + " decimales";

    /** Not negative, at most {@link #MAX_ENTEROS} integer digits and {@link #MAX_DECIMALES} decimals (9.0000000 is 9). */
    public static boolean valorAdmitido(BigDecimal valor) {
        BigDecimal normal = valor.stripTrailingZeros();
        return normal.signum() >= 0 && Math.max(normal.scale(), 0) <= MAX_DECIMALES
                && normal.precision() - normal.scale() <= MAX_ENTEROS;
    }
}
