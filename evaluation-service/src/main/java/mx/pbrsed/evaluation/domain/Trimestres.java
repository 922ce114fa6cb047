package mx.pbrsed.evaluation.domain;

/** Month arithmetic of the four quarters of an ejercicio. */
final class Trimestres {

    private Trimestres() {
    }

    static int validar(int trimestre) {
        if (trimestre < 1 || trimestre > 4) {
            throw new IllegalArgumentException("Trimestre fuera de 1..4: " + trimestre);
        }
        return trimestre;
    }

    static int primerMes(int trimestre) {
        return 3 * validar(trimestre) - 2;
    }

    static int ultimoMes(int trimestre) {
        return 3 * validar(trimestre);
    }

    static int validarMes(int mes) {
        if (mes < 1 || mes > 12) {
            throw new IllegalArgumentException("Mes fuera de 1..12: " + mes);
        }
        return mes;
    }

    static int trimestreDe(int mes) {
        return (validarMes(mes) + 2) / 3;
    }
}
