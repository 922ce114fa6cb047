package mx.pbrsed.capture.rest.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An evidence file's description; its content is downloaded apart. */
public record Evidencia(UUID id, UUID capturaId, int capturaVersion, String nombre, String tipoContenido, long tamano,
                        String sha256, OffsetDateTime subidoEn) {
}
