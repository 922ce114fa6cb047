package mx.pbrsed.catalog.domain;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** How often an indicator is measured; fixes the months that may carry a meta. */
public enum Frecuencia {
    MENSUAL(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
    TRIMESTRAL(3, 6, 9, 12),
    SEMESTRAL(6, 12),
    ANUAL(12);

    private final Set<Integer> mesesDeMedicion;

    Frecuencia(Integer... meses) {
        this.mesesDeMedicion = Collections.unmodifiableSet(new TreeSet<>(List.of(meses)));
    }

    /** Months (1..12) in which a measurement is due, ascending. */
    public Set<Integer> mesesDeMedicion() {
        return mesesDeMedicion;
    }

    /** Whether quarter trimestre (1..4) holds a month of measurement. */
    public boolean esperaMedicion(int trimestre) {
        if (trimestre < 1 || trimestre > 4) {
            throw new IllegalArgumentException("Trimestre fuera de rango 1..4: " + trimestre);
        }
        int ultimoMes = trimestre * 3;
        return mesesDeMedicion.stream().anyMatch(mes -> mes > ultimoMes - 3 && mes <= ultimoMes);
    }
}
