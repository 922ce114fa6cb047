package mx.pbrsed.evaluation.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/** The part of the catalog's "programas" event (schema version 1) that evaluation needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramaPublicadoEvent(
        int schemaVersion,
        UUID eventId,
        UUID programaId,
        int version,
        int ejercicio,
        String clave,
        String nombre,
        Catalogo ramo,
        Catalogo unidadResponsable,
        BigDecimal presupuestoAprobado,
        BigDecimal presupuestoModificado) {

    /** A clave with its name: ramo "04" GOBERNACIÓN, UR "118" ... */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Catalogo(String clave, String nombre) {
    }
}
