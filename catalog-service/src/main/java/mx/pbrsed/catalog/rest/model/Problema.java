package mx.pbrsed.catalog.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; errores lists each rejected field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problema(URI type, String title, int status, String detail,
                       @Schema(description = "The path of the request", format = "uri-reference") URI instance,
                       List<ErrorCampo> errores) {

    /** posicion, the 1-based place in a formula where parsing failed, only for formula errors. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = {"campo", "mensaje"})
    public record ErrorCampo(String campo, String mensaje, Integer posicion) {
        public ErrorCampo(String campo, String mensaje) {
            this(campo, mensaje, null);
        }
    }
}
