package mx.pbrsed.capture.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An evidence file attached to a captura version, without its content. */
public record EvidenciaAdjunta(UUID id, UUID capturaId, int capturaVersion, String nombre, String tipoContenido,
                               long tamano, String sha256, String subidoPor, OffsetDateTime subidoEn) {
}
