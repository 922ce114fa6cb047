package mx.pbrsed.capture.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.capture.domain.Indicador;
import mx.pbrsed.capture.domain.VentanaCaptura;
import mx.pbrsed.capture.domain.VersionCaptura;
import mx.pbrsed.platform.outbox.EventoDeDominio;

/** Schema version 1 of a captura recorded after its window closed (topic "capturas-tardias", key indicadorId). */
public record CapturaTardiaEvent(
        int schemaVersion,
        UUID eventId,
        OffsetDateTime occurredAt,
        UUID capturaId,
        UUID indicadorId,
        String indicadorNombre,
        String programaClave,
        String unidadResponsable,
        int ejercicio,
        int trimestre,
        int version,
        boolean correccion,
        LocalDate ventanaCierra,
        int diasRetraso,
        String capturadoPor,
        OffsetDateTime capturadoEn) implements EventoDeDominio {

    public static final int SCHEMA_VERSION = 1;

    public static CapturaTardiaEvent de(VersionCaptura c, Indicador indicador, VentanaCaptura ventana) {
        return new CapturaTardiaEvent(SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(), c.id(), c.indicadorId(),
                indicador.nombre(), indicador.programaClave(), indicador.unidadResponsable(), c.ejercicio(), c.trimestre(),
                c.version(), c.correccion(), ventana.cierra(), c.diasRetraso(), c.capturadoPor(), c.capturadoEn());
    }

    @Override
    public String nombreTipo() {
        return "mx.pbrsed.captura.tardia";
    }
}
