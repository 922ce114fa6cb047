package mx.pbrsed.capture.service;

import java.util.List;

/**
 * The captura versions one transaction stored, fired in it and observed once it commits: a
 * request rolled back, or a dry run that stores nothing, counts none.
 */
public record CapturasAceptadas(List<Periodo> capturas) {
    /** A captura's indicator-period by its unidad responsable, and whether it came late. */
    public record Periodo(String unidadResponsable, int ejercicio, int trimestre, boolean tardia) {
    }
}
