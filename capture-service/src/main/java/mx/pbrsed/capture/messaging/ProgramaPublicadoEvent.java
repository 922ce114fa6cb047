package mx.pbrsed.capture.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.UUID;

/** The part of the catalog's "programas" event (schema version 1) that capture needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgramaPublicadoEvent(
        int schemaVersion,
        UUID eventId,
        UUID programaId,
        int version,
        int ejercicio,
        String clave,
        String nombre,
        UnidadResponsable unidadResponsable,
        BigDecimal presupuestoAprobado,
        BigDecimal presupuestoModificado) {

    /** Whose program it is: only a capturista of this unidad records its devengado. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnidadResponsable(String clave) {
    }
}
