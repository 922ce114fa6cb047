package mx.pbrsed.catalog.rest.model;

import java.util.UUID;
import mx.pbrsed.catalog.domain.Nivel;

public record Objetivo(UUID id, String clave, Nivel nivel, String resumenNarrativo, String responsable, UUID padreId) {
}
