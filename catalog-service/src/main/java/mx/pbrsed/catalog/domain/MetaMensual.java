package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** The meta of one month: a value per variable (V1 -> 45649), kept in {@link Decimales#canonico} form. */
public record MetaMensual(int mes, Map<String, BigDecimal> valores) {

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
        Map<String, BigDecimal> canonicos = new HashMap<>();
        valores.forEach((variable, valor) -> canonicos.put(variable, Decimales.canonico(valor)));
        valores = Map.copyOf(canonicos);
    }
}
