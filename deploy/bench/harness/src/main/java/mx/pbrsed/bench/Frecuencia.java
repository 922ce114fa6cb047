package mx.pbrsed.bench;

import java.util.List;

/** An indicator's frequency of measurement: the months its metas fall in and the quarters it is captured in. */
enum Frecuencia {
    MENSUAL(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), List.of(1, 2, 3, 4)),
    TRIMESTRAL(List.of(3, 6, 9, 12), List.of(1, 2, 3, 4)),
    SEMESTRAL(List.of(6, 12), List.of(2, 4)),
    ANUAL(List.of(12), List.of(4));

    private final List<Integer> meses;
    private final List<Integer> trimestres;

    Frecuencia(List<Integer> meses, List<Integer> trimestres) {
        this.meses = meses;
        this.trimestres = trimestres;
    }

    List<Integer> meses() {
        return meses;
    }

    List<Integer> trimestres() {
        return trimestres;
    }
}
