package mx.pbrsed.evaluation.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/** RFC 9457 problem details; errores lists each rejected field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problema(URI type, String title, int status, String detail, URI instance, List<ErrorCampo> errores) {

    public record ErrorCampo(String campo, String mensaje, Integer posicion) {
        public ErrorCampo(String campo, String mensaje) {
            this(campo, mensaje, null);
        }
    }
}
