package mx.pbrsed.capture.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.capture.messaging.DevengadoRegistradoEvent;
import mx.pbrsed.capture.repository.DevengadoEntity;
import mx.pbrsed.capture.rest.model.Devengado;

public final class DevengadoMapper {
    private DevengadoMapper() {
    }

    public static Devengado aModelo(DevengadoEntity d) {
        return new Devengado(d.id, d.ejercicio, d.programaClave, d.trimestre, d.version, d.devengadoAcumulado,
                d.capturadoPor, d.capturadoEn);
    }

    public static DevengadoRegistradoEvent aEvento(DevengadoEntity d) {
        return new DevengadoRegistradoEvent(DevengadoRegistradoEvent.SCHEMA_VERSION, UUID.randomUUID(), OffsetDateTime.now(),
                d.ejercicio, d.programaClave, d.trimestre, d.devengadoAcumulado, d.version, d.capturadoPor, d.capturadoEn);
    }

    /** The devengados topic's key: order holds per program and ejercicio. */
    public static String clave(DevengadoEntity d) {
        return d.ejercicio + "-" + d.programaClave;
    }
}
