package mx.pbrsed.evaluation.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a rebuild did and who asked for it: from the replicas it counts the results that changed
 * (0 when the incremental computation was right); from the topics, the events read and rejected.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"origen", "solicitadoPor", "solicitadoEn", "indicadores"})
public record Reconstruccion(
        Origen origen,
        @Schema(description = "Subject (sub) of the token that asked for the rebuild", maxLength = Limites.SUJETO)
        String solicitadoPor,
        OffsetDateTime solicitadoEn,
        @Schema(minimum = "0", maximum = "9223372036854775807")
        long indicadores,
        @Schema(description = "Only from REPLICAS", minimum = "0", maximum = "9223372036854775807")
        Long resultadosCambiados,
        @Schema(description = "Only from TOPICS", minimum = "0", maximum = "9223372036854775807")
        Long eventosLeidos,
        @Schema(description = "Only from TOPICS: records already sent to a dead-letter topic", minimum = "0",
                maximum = "9223372036854775807")
        Long eventosRechazados) {

    public enum Origen {
        REPLICAS,
        TOPICS
    }
}
