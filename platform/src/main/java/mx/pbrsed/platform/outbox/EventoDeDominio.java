package mx.pbrsed.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event a service publishes: what the outbox needs to send it as a CloudEvent (id, time and
 * a type per event and schema version). Accessors without "get" stay out of the JSON payload.
 */
public interface EventoDeDominio {
    int schemaVersion();

    UUID eventId();

    OffsetDateTime occurredAt();

    /** The event's name, without version: "mx.pbrsed.captura.registrada". */
    String nombreTipo();

    /** The CloudEvents type, one per event and schema version: "mx.pbrsed.captura.registrada.v1". */
    default String tipoCloudEvent() {
        return nombreTipo() + ".v" + schemaVersion();
    }
}
