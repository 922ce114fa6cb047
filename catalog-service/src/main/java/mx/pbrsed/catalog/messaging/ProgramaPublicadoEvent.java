package mx.pbrsed.catalog.messaging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.platform.outbox.EventoDeDominio;

/**
 * Schema version 1 of a published programa (topic "programas", key programaId): the whole current
 * state, so consumers (the budget figures of the avance financiero) keep the highest version.
 * Money in MXN with 2 decimals.
 */
public record ProgramaPublicadoEvent(
        int schemaVersion,
        UUID eventId,
        OffsetDateTime occurredAt,
        UUID programaId,
        int version,
        int ejercicio,
        String clave,
        String nombre,
        ClaveNombre ramo,
        ClaveNombre unidadResponsable,
        BigDecimal presupuestoAprobado,
        BigDecimal presupuestoModificado) implements EventoDeDominio {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.programa.publicado";
    }

    public record ClaveNombre(String clave, String nombre) {
    }
}
