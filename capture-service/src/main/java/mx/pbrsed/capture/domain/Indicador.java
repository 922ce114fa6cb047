package mx.pbrsed.capture.domain;

import java.util.List;
import java.util.UUID;

/** An indicator's definition as the catalog last published it: what a captura of it is checked against. */
public record Indicador(UUID id, int version, String estado, int ejercicio, String programaClave,
                        String unidadResponsable, String nombre, Frecuencia frecuencia, List<String> variables) {

    public boolean vigente() {
        return "VIGENTE".equals(estado);
    }
}
