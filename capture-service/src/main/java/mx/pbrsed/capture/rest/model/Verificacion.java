package mx.pbrsed.capture.rest.model;

import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.service.VerificacionService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a verification of stored captura versions found. */
@Schema(description = "The hash chains of the captura versions walked (one per indicator-period) and where each broke",
        requiredProperties = {"integra", "cadenas", "versiones", "rupturas", "siguiente"})
public record Verificacion(
        @Schema(description = "True when every chain walked is intact") boolean integra,
        @Schema(description = "Indicator-periods walked", minimum = "0", maximum = "2147483647") int cadenas,
        @Schema(description = "Versions walked", minimum = "0", maximum = "9223372036854775807") long versiones,
        @Schema(description = "The first broken link of each broken chain, by indicator and period",
                maxItems = VerificacionService.RUPTURAS_LISTADAS) List<RupturaDeCadena> rupturas,
        @Schema(nullable = true, description = "An ejercicio's verification: the despuesDe of the next page; "
                + "null on the last page (and for one indicator)") UUID siguiente) {
}
