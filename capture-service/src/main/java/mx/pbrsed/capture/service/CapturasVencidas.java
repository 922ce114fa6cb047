package mx.pbrsed.capture.service;

import java.util.List;

/** The indicator-periods one run announced as overdue, observed once its transaction commits. */
public record CapturasVencidas(List<Periodo> periodos) {
    /** An indicator-period by its unidad responsable. */
    public record Periodo(String unidadResponsable, int ejercicio, int trimestre) {
    }
}
