package mx.pbrsed.capture.rest.model;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evidence file's description; its content is downloaded apart. */
@Schema(description = "An evidence file's description; its content is downloaded apart",
        requiredProperties = {"id", "capturaId", "capturaVersion", "nombre", "tipoContenido", "tamano", "sha256",
                "subidoPor", "subidoEn"})
public record Evidencia(UUID id, UUID capturaId,
                        @Schema(description = "The captura version that was the latest when the file was attached",
                                minimum = "1", maximum = "2147483647")
                        int capturaVersion,
                        @Schema(maxLength = Limites.NOMBRE_ARCHIVO) String nombre,
                        @Schema(maxLength = Limites.TIPO_ARCHIVO, example = "application/pdf") String tipoContenido,
                        @Schema(description = "Bytes", minimum = "1", maximum = "2147483647")
                        long tamano,
                        @Schema(description = "The content's SHA-256, in hexadecimal; also the download's ETag",
                                maxLength = 64, pattern = "^[0-9a-f]{64}$")
                        String sha256,
                        @Schema(nullable = true, description = "The subject of the token that uploaded it "
                                + "(null for files uploaded before uploaders were recorded)", maxLength = Limites.SUJETO)
                        String subidoPor,
                        OffsetDateTime subidoEn) {
}
