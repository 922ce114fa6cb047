package mx.pbrsed.capture.messaging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.capture.domain.VersionDevengado;
import mx.pbrsed.platform.outbox.EventoDeDominio;

/**
 * Schema version 1 of a program's accrued budget up to the end of a quarter (topic "devengados",
 * key "ejercicio-programaClave"); version counts per ejercicio, program and trimestre.
 */
public record DevengadoRegistradoEvent(
        int schemaVersion,
        UUID eventId,
        OffsetDateTime occurredAt,
        int ejercicio,
        String programaClave,
        int trimestre,
        BigDecimal devengadoAcumulado,
        int version,
        String capturadoPor,
        OffsetDateTime capturadoEn) implements EventoDeDominio {

    public static final int SCHEMA_VERSION = 1;

    public static DevengadoRegistradoEvent de(VersionDevengado d) {
        return new DevengadoRegistradoEvent(SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(), d.ejercicio(),
                d.programaClave(), d.trimestre(), d.devengadoAcumulado(), d.version(), d.capturadoPor(), d.capturadoEn());
    }

    /** The devengados topic's key: order holds per program and ejercicio. */
    public static String clave(VersionDevengado d) {
        return d.ejercicio() + "-" + d.programaClave();
    }

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.devengado.registrado";
    }
}
