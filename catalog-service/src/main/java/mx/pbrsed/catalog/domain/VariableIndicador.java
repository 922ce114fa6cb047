package mx.pbrsed.catalog.domain;

import java.util.Objects;

public record VariableIndicador(String clave, String descripcion, TipoVariable tipo) {
    public VariableIndicador {
        Objects.requireNonNull(clave, "clave");
        Objects.requireNonNull(tipo, "tipo");
    }
}
