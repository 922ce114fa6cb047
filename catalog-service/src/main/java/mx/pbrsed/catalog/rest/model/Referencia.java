package mx.pbrsed.catalog.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entry of a reference catalogue; ramo only for a unidad responsable, retiradoEn and retiradoPor
 * once retired; registradoPor and retiradoPor are token subjects (the seeded entries have no author).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"clave", "nombre"})
public record Referencia(
        @Schema(maxLength = Limites.CLAVE) String clave,
        @Schema(maxLength = Limites.NOMBRE) String nombre,
        @Schema(maxLength = Limites.CLAVE) String ramo,
        OffsetDateTime retiradoEn,
        @Schema(maxLength = Limites.SUJETO) String registradoPor,
        @Schema(maxLength = Limites.SUJETO) String retiradoPor) {
}
