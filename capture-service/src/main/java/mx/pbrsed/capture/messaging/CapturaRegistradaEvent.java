package mx.pbrsed.capture.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.ValoresMes;
import mx.pbrsed.capture.domain.VersionCaptura;
import mx.pbrsed.platform.outbox.EventoDeDominio;

/**
 * Schema version 1 of an accepted captura version (topic "capturas", key indicadorId). A review
 * republishes the same version with its new estado and the next revision. analisisLogro and the
 * validator's comentario came later, added to version 1 (a consumer that does not know them ignores
 * them): the printed report shows them.
 */
public record CapturaRegistradaEvent(
        int schemaVersion,
        UUID eventId,
        OffsetDateTime occurredAt,
        UUID capturaId,
        UUID indicadorId,
        int definicionVersion,
        int ejercicio,
        int trimestre,
        int version,
        String estado,
        List<ValoresMes> valoresPorMes,
        boolean preliminar,
        boolean tardia,
        String justificacionVariacion,
        String capturadoPor,
        OffsetDateTime capturadoEn,
        int revision,
        String analisisLogro,
        String comentario) implements EventoDeDominio {

    public static final int SCHEMA_VERSION = 1;

    public static CapturaRegistradaEvent de(VersionCaptura c) {
        return new CapturaRegistradaEvent(SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(), c.id(), c.indicadorId(),
                c.definicionVersion(), c.ejercicio(), c.trimestre(), c.version(), c.estado().name(), c.valores(),
                c.preliminar(), c.tardia(), c.justificacionVariacion(), c.capturadoPor(), c.capturadoEn(), c.revision(),
                c.analisisLogro(), c.comentario());
    }

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.captura.registrada";
    }
}
