package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Values of the variables by month (1..12). Monthly granularity serves metas and capturas
 * alike: a quarterly value belongs to the last month of its quarter.
 */
public record ValoresMensuales(SortedMap<Integer, Map<String, BigDecimal>> porMes) {

    public ValoresMensuales {
        Objects.requireNonNull(porMes, "porMes");
        SortedMap<Integer, Map<String, BigDecimal>> copia = new TreeMap<>();
        porMes.forEach((mes, valores) -> {
            Trimestres.validarMes(Objects.requireNonNull(mes, "mes"));
            copia.put(mes, Map.copyOf(valores));
        });
        porMes = Collections.unmodifiableSortedMap(copia);
    }

    public static ValoresMensuales vacios() {
        return new ValoresMensuales(new TreeMap<>());
    }

    public static ValoresMensuales delMes(int mes, Map<String, BigDecimal> valores) {
        return new ValoresMensuales(new TreeMap<>(Map.of(mes, valores)));
    }

    /**
     * Period value of a variable at quarter t:
     * ACUMULABLE sums months 1..3t; NO_ACUMULABLE takes the latest month of quarter t that
     * has a value; ACTUALIZABLE takes the latest value in months 1..3t.
     * Empty when no month in scope has a value.
     */
    public Optional<BigDecimal> valorDelPeriodo(String variable, TipoVariable tipo, int trimestre) {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(tipo, "tipo");
        int ultimoMes = Trimestres.ultimoMes(trimestre);
        // headMap is exclusive, so the end bound is the month after the quarter.
        SortedMap<Integer, Map<String, BigDecimal>> hastaElTrimestre = porMes.headMap(ultimoMes + 1);
        return switch (tipo) {
            case ACUMULABLE -> hastaElTrimestre.values().stream()
                    .map(valores -> valores.get(variable))
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal::add);
            case NO_ACUMULABLE -> ultimoValor(hastaElTrimestre.tailMap(Trimestres.primerMes(trimestre)), variable);
            case ACTUALIZABLE -> ultimoValor(hastaElTrimestre, variable);
        };
    }

    private static Optional<BigDecimal> ultimoValor(SortedMap<Integer, Map<String, BigDecimal>> meses, String variable) {
        BigDecimal ultimo = null;
        for (Map<String, BigDecimal> valores : meses.values()) {
            BigDecimal valor = valores.get(variable);
            if (valor != null) {
                ultimo = valor;
            }
        }
        return Optional.ofNullable(ultimo);
    }
}
