package mx.pbrsed.capture.domain;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How often an indicator is measured (SPEC rule 9, as the catalog validates its metas): the months
 * of measurement in an ejercicio that is measured, and for a multi-year frecuencia which ejercicios
 * are (those whose distance to the year of the línea base is a multiple of its period).
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

    private final int periodoAnios;
    private final Set<Integer> meses;

    Frecuencia(int periodoAnios, Integer... meses) {
        this.periodoAnios = periodoAnios;
        this.meses = Set.copyOf(List.of(meses));
    }

    /** Years between two measurements: 1 for the frecuencias measured every ejercicio. */
    public int periodoAnios() {
        return periodoAnios;
    }

    /** The months of measurement of the quarter (1..4), ascending: empty when nothing is due in it. */
    public SortedSet<Integer> mesesDeMedicion(int trimestre) {
        if (trimestre < 1 || trimestre > 4) {
            throw new IllegalArgumentException("Trimestre fuera de rango 1..4: " + trimestre);
        }
        SortedSet<Integer> delTrimestre = new TreeSet<>();
        for (int mes = trimestre * 3 - 2; mes <= trimestre * 3; mes++) {
            if (meses.contains(mes)) {
                delTrimestre.add(mes);
            }
        }
        return delTrimestre;
    }

    /** Whether the quarter holds a month of measurement, in an ejercicio that is measured. */
    public boolean esperaMedicion(int trimestre) {
        return !mesesDeMedicion(trimestre).isEmpty();
    }

    /**
     * Whether the ejercicio is measured at all: always, but for a multi-year frecuencia only every
     * {@link #periodoAnios} years from the línea base (the catalog requires its year for those; without
     * one every ejercicio counts, as before the catalog knew them).
     */
    public boolean mideEnEjercicio(int ejercicio, Integer anioLineaBase) {
        return anioLineaBase == null || Math.floorMod(ejercicio - anioLineaBase, periodoAnios) == 0;
    }

    /** Captured month by month (valoresMensuales), since a quarter may hold more than one measurement. */
    public boolean porMes() {
        return this == MENSUAL || this == BIMESTRAL;
    }
}
