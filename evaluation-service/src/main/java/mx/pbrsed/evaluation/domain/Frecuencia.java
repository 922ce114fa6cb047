package mx.pbrsed.evaluation.domain;

/** How often an indicator is measured. */
public enum Frecuencia {
    MENSUAL,
    TRIMESTRAL,
    SEMESTRAL,
    ANUAL;

    /** Whether a measurement (and so a meta and a captura) is due at the quarter. */
    public boolean esperaMedicion(int trimestre) {
        Trimestres.validar(trimestre);
        return switch (this) {
            case MENSUAL, TRIMESTRAL -> true;
            case SEMESTRAL -> trimestre % 2 == 0;
            case ANUAL -> trimestre == 4;
        };
    }
}
