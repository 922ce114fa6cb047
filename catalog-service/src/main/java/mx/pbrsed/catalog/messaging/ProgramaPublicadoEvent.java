package mx.pbrsed.catalog.messaging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.catalog.repository.ProgramaEntity;
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

    /** The programa's current state as a new event. */
    public static ProgramaPublicadoEvent de(ProgramaEntity p) {
        return new ProgramaPublicadoEvent(SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(),
                p.id, p.version, p.ejercicio, p.clave, p.nombre,
                new ClaveNombre(p.ramoClave, p.ramoNombre), new ClaveNombre(p.urClave, p.urNombre),
                p.presupuestoAprobado.setScale(2), p.presupuestoModificado.setScale(2));
    }

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.programa.publicado";
    }

    public record ClaveNombre(String clave, String nombre) {
    }
}
