package mx.pbrsed.capture.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; errores lists each rejected field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problema(
        @Schema(description = "The kind of problem: https://pbrsed.mx/problemas/<kind>") URI type,
        String title,
        int status,
        String detail,
        @Schema(format = "uri-reference", description = "The request's path") URI instance,
        @Schema(description = "Each rejected field; absent when the problem is not about fields") List<ErrorCampo> errores) {

    @Schema(requiredProperties = {"campo", "mensaje", "posicion"})
    public record ErrorCampo(
            @Schema(description = "The field as the request names it: valores[V2], filas[3].trimestre, Idempotency-Key")
            String campo,
            String mensaje,
            @Schema(nullable = true, description = "In a batch, the row (from 1; 0 for the batch or the CSV header)")
            Integer posicion) {
        public ErrorCampo(String campo, String mensaje) {
            this(campo, mensaje, null);
        }
    }
}
