package mx.pbrsed.platform.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the one error shape of every service; errores lists each rejected field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problema(
        @Schema(description = "The kind of problem: https://pbrsed.mx/problemas/<kind>", maxLength = 200) URI type,
        @Schema(maxLength = 200) String title,
        @Schema(minimum = "400", maximum = "599") int status,
        @Schema(maxLength = 2000) String detail,
        @Schema(format = "uri-reference", description = "The request's path", maxLength = 8192) URI instance,
        @Schema(description = "Each rejected field; absent when the problem is not about fields", maxItems = 1000)
        List<ErrorCampo> errores) {

    @Schema(requiredProperties = {"campo", "mensaje", "posicion"})
    public record ErrorCampo(
            @Schema(description = "The field as the request names it: valores[V2], filas[3].trimestre, Idempotency-Key",
                    maxLength = 500)
            String campo,
            @Schema(maxLength = 2000) String mensaje,
            @Schema(nullable = true, minimum = "0", maximum = "2147483647",
                    description = "In a batch, the row (from 1; 0 for the batch or the CSV header); in a formula, the "
                            + "character where reading failed (from 1)")
            Integer posicion) {
        public ErrorCampo(String campo, String mensaje) {
            this(campo, mensaje, null);
        }
    }
}
