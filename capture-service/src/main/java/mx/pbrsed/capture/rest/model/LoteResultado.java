package mx.pbrsed.capture.rest.model;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch stored, or with dryRun would store: one line per row, in the batch's order. */
@Schema(description = "What a batch stored, or with dryRun would store: one line per row, in the batch's order",
        requiredProperties = {"dryRun", "capturas", "valores", "filas"})
public record LoteResultado(boolean dryRun, int capturas,
                            @Schema(description = "Variable values in the batch, every month counted")
                            int valores,
                            List<Fila> filas) {

    @Schema(name = "LoteFila", requiredProperties = {"fila", "id", "indicadorId", "ejercicio", "trimestre", "version",
            "tardia", "diasRetraso"})
    public record Fila(@Schema(description = "The row, from 1") int fila,
                       @Schema(nullable = true, description = "The captura's id; null in a dry run") UUID id,
                       UUID indicadorId, int ejercicio, int trimestre, int version,
                       boolean tardia, int diasRetraso) {
    }
}
