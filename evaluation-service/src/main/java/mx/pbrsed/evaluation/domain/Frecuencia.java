package mx.pbrsed.evaluation.domain;

import java.util.List;
import java.util.Set;

/**
 * How often an indicator is measured (SPEC rule 9): its months of measurement in an ejercicio that
 * is measured, and for a multi-year frecuencia which ejercicios are (those whose distance to the year
 * of the línea base is a multiple of its period).
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

    /** Whether a measurement (and so a meta and a captura) is due at the quarter: it holds a month of measurement. */
    public boolean esperaMedicion(int trimestre) {
        for (int mes = Trimestres.primerMes(trimestre); mes <= Trimestres.ultimoMes(trimestre); mes++) {
            if (meses.contains(mes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the ejercicio is measured at all: always, but for a multi-year frecuencia only every
     * so many years from the línea base (the catalog requires its year for those; without one every
     * ejercicio counts).
     */
    public boolean mideEnEjercicio(int ejercicio, Integer anioLineaBase) {
        return anioLineaBase == null || Math.floorMod(ejercicio - anioLineaBase, periodoAnios) == 0;
    }
}
