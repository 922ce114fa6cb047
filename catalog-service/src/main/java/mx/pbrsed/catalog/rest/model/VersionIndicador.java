package mx.pbrsed.catalog.rest.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.pbrsed.catalog.domain.EstadoIndicador;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One published version of an indicator and the token subject that made it (absent for versions made
 * before tokens were required); GET /indicadores/{id}?version=N gives its ficha.
 */
@Schema(requiredProperties = {"version", "estado", "vigenteDesde", "publicadoEn", "registradoPor"})
public record VersionIndicador(
        @Schema(minimum = "1", maximum = "2147483647") int version,
        EstadoIndicador estado,
        LocalDate vigenteDesde,
        OffsetDateTime publicadoEn,
        @Schema(nullable = true, maxLength = Limites.SUJETO) String registradoPor) {
}
