package mx.pbrsed.catalog.service;

import java.util.List;
import java.util.UUID;

/** What an import did to the programa, each objective and each indicator of the document, in its order. */
public record ImportacionView(Importado programa, List<Importado> objetivos, List<Importado> indicadores) {

    /** version is null for an objective, which has none. */
    public record Importado(String clave, UUID id, Integer version, Cambio cambio) {
    }

    public enum Cambio {
        CREADO, MODIFICADO, SIN_CAMBIO
    }
}
