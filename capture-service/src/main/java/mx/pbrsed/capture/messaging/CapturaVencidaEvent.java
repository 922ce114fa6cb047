package mx.pbrsed.capture.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.platform.outbox.EventoDeDominio;

/**
 * Schema version 1 of an indicator-period whose window closed with no captura (topic
 * "capturas-vencidas", key indicadorId); published once per indicator-period.
 */
public record CapturaVencidaEvent(
        int schemaVersion,
        UUID eventId,
        OffsetDateTime occurredAt,
        UUID indicadorId,
        String indicadorNombre,
        String programaClave,
        String unidadResponsable,
        int ejercicio,
        int trimestre,
        LocalDate ventanaCierra,
        OffsetDateTime detectadoEn) implements EventoDeDominio {

    public static final int SCHEMA_VERSION = 1;

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.captura.vencida";
    }
}
