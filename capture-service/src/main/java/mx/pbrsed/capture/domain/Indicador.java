package mx.pbrsed.capture.domain;

import java.util.List;
import java.util.UUID;

/**
 * An indicator's definition as the catalog last published it: what a captura of it is checked against.
 * anioLineaBase (null when the ficha has none) is where a multi-year frecuencia counts from.
 */
public record Indicador(UUID id, int version, String estado, int ejercicio, String programaClave,
                        String unidadResponsable, String nombre, Frecuencia frecuencia, Integer anioLineaBase,
                        List<String> variables) {

    public boolean vigente() {
        return "VIGENTE".equals(estado);
    }

    /** Whether its ejercicio has any measurement: not one a multi-year frecuencia skips. */
    public boolean medidoEnSuEjercicio() {
        return frecuencia.mideEnEjercicio(ejercicio, anioLineaBase);
    }
}
