package mx.pbrsed.capture.domain;

public enum Frecuencia {
    MENSUAL, TRIMESTRAL, SEMESTRAL, ANUAL;

    public boolean esperaMedicion(int trimestre) {
        return switch (this) {
            case MENSUAL, TRIMESTRAL -> true;
            case SEMESTRAL -> trimestre % 2 == 0;
            case ANUAL -> trimestre == 4;
        };
    }
}
