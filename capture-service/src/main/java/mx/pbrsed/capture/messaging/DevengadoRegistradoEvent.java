package mx.pbrsed.capture.messaging;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
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

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.devengado.registrado";
    }
}
