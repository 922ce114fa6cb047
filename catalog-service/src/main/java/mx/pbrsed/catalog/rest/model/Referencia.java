package mx.pbrsed.catalog.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/** An entry of a reference catalogue; ramo only for a unidad responsable, retiradoEn once retired. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Referencia(String clave, String nombre, String ramo, OffsetDateTime retiradoEn) {
}
