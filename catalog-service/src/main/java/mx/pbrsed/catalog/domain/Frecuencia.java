package mx.pbrsed.catalog.domain;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How often an indicator is measured (SPEC rule 9); fixes the months that may carry a meta. A
 * multi-year frecuencia is measured in December of the ejercicios whose distance to the year of the
 * línea base is a multiple of its period, and not at all in the others.
 */
public enum Frecuencia {
    MENSUAL(1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
    BIMESTRAL(1, 2, 4, 6, 8, 10, 12),
    TRIMESTRAL(1, 3, 6, 9, 12),
    CUATRIMESTRAL(1, 4, 8, 12),
    SEMESTRAL(1, 6, 12),
    ANUAL(1, 12),
    BIENAL(2, 12),
    TRIENAL(3, 12),
    QUINQUENAL(5, 12),
    SEXENAL(6, 12);

    public static final String CAMPO_ANIO_LINEA_BASE = "anioLineaBase";

    private final int periodoAnios;
    private final Set<Integer> mesesDeMedicion;

    Frecuencia(int periodoAnios, Integer... meses) {
        this.periodoAnios = periodoAnios;
        this.mesesDeMedicion = Collections.unmodifiableSet(new TreeSet<>(List.of(meses)));
    }

    /** Years between two measurements: 1 for the frecuencias measured every ejercicio. */
    public int periodoAnios() {
        return periodoAnios;
    }

    public boolean plurianual() {
        return periodoAnios > 1;
    }

    /** Months (1..12) in which a measurement is due in an ejercicio that is measured, ascending. */
    public Set<Integer> mesesDeMedicion() {
        return mesesDeMedicion;
    }

    /**
     * Months (1..12) in which a measurement is due in that ejercicio: none in an ejercicio a
     * multi-year frecuencia skips.
     *
     * @throws DefinicionInvalidaException if a multi-year frecuencia has no año de la línea base, or
     *                                     the línea base is after the ejercicio
     */
    public Set<Integer> mesesDeMedicion(int ejercicio, Integer anioLineaBase) {
        if (anioLineaBase != null && anioLineaBase > ejercicio) {
            throw new DefinicionInvalidaException(CAMPO_ANIO_LINEA_BASE, "La línea base (" + anioLineaBase
                    + ") es una medición previa: no puede ser posterior al ejercicio " + ejercicio);
        }
        if (!plurianual()) {
            return mesesDeMedicion;
        }
        if (anioLineaBase == null) {
            throw new DefinicionInvalidaException(CAMPO_ANIO_LINEA_BASE, "Un indicador de frecuencia " + this
                    + " se mide cada " + periodoAnios + " años a partir de su línea base: falta el año de la línea base");
        }
        return (ejercicio - anioLineaBase) % periodoAnios == 0 ? mesesDeMedicion : Set.of();
    }

    /** Whether quarter trimestre (1..4) holds a month of measurement, in an ejercicio that is measured. */
    public boolean esperaMedicion(int trimestre) {
        if (trimestre < 1 || trimestre > 4) {
            throw new IllegalArgumentException("Trimestre fuera de rango 1..4: " + trimestre);
        }
        int ultimoMes = trimestre * 3;
        return mesesDeMedicion.stream().anyMatch(mes -> mes > ultimoMes - 3 && mes <= ultimoMes);
    }
}
