package mx.pbrsed.evaluation.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details; errores lists each rejected field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status", "detail", "instance"})
public record Problema(
        @Schema(description = "Identifies the kind of problem", example = "https://pbrsed.mx/problemas/no-encontrado")
        URI type,
        String title,
        int status,
        String detail,
        @Schema(format = "uri-reference", description = "The path of the request")
        URI instance,
        @Schema(description = "Only for validation problems: each rejected field")
        List<ErrorCampo> errores) {

    @Schema(requiredProperties = {"campo", "mensaje", "posicion"})
    public record ErrorCampo(
            @Schema(description = "The parameter or field, e.g. trimestre")
            String campo,
            String mensaje,
            @Schema(nullable = true, description = "The position in a list, when the field is in one")
            Integer posicion) {
        public ErrorCampo(String campo, String mensaje) {
            this(campo, mensaje, null);
        }
    }
}
