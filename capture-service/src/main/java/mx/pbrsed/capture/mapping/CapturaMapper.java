package mx.pbrsed.capture.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.capture.domain.VentanaCaptura;
import mx.pbrsed.capture.messaging.CapturaRegistradaEvent;
import mx.pbrsed.capture.messaging.CapturaTardiaEvent;
import mx.pbrsed.capture.repository.CapturaEntity;
import mx.pbrsed.capture.repository.IndicadorEntity;
import mx.pbrsed.capture.rest.model.Captura;

public final class CapturaMapper {
    private CapturaMapper() {
    }

    public static Captura aModelo(CapturaEntity c) {
        return new Captura(c.id, c.indicadorId, c.ejercicio, c.trimestre, c.version, c.estado, c.definicionVersion,
                c.valores, c.analisisLogro, c.justificacionVariacion, c.preliminar, c.tardia, c.diasRetraso,
                c.capturadoPor, c.capturadoEn, c.revision, c.validadoPor, c.validadoEn, c.comentario);
    }

    public static CapturaRegistradaEvent aEvento(CapturaEntity c) {
        return new CapturaRegistradaEvent(CapturaRegistradaEvent.SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(),
                c.id, c.indicadorId, c.definicionVersion, c.ejercicio, c.trimestre, c.version, c.estado.name(),
                c.valores, c.preliminar, c.tardia, c.justificacionVariacion, c.capturadoPor, c.capturadoEn, c.revision);
    }

    public static CapturaTardiaEvent aEventoTardia(CapturaEntity c, IndicadorEntity indicador, VentanaCaptura ventana) {
        return new CapturaTardiaEvent(CapturaTardiaEvent.SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(),
                c.id, c.indicadorId, indicador.nombre, indicador.programaClave, indicador.unidadResponsable,
                c.ejercicio, c.trimestre, c.version, c.version > 1, ventana.cierra(), c.diasRetraso,
                c.capturadoPor, c.capturadoEn);
    }
}
