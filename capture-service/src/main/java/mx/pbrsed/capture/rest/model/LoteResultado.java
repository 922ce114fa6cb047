package mx.pbrsed.capture.rest.model;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch stored, or with dryRun would store: one line per row, in the batch's order. */
@Schema(description = "What a batch stored, or with dryRun would store: one line per row, in the batch's order",
        requiredProperties = {"dryRun", "capturas", "valores", "filas"})
public record LoteResultado(boolean dryRun,
                            @Schema(minimum = "0", maximum = "" + Limites.FILAS_LOTE) int capturas,
                            @Schema(description = "Variable values in the batch, every month counted", minimum = "0",
                                    maximum = "" + Limites.FILAS_LOTE * 3 * Limites.VARIABLES)
                            int valores,
                            @Schema(maxItems = Limites.FILAS_LOTE) List<Fila> filas) {

    @Schema(name = "LoteFila", requiredProperties = {"fila", "id", "indicadorId", "ejercicio", "trimestre", "version",
            "tardia", "diasRetraso"})
    public record Fila(@Schema(description = "The row, from 1", minimum = "1", maximum = "" + Limites.FILAS_LOTE) int fila,
                       @Schema(nullable = true, description = "The captura's id; null in a dry run", format = "uuid",
                               maxLength = 36) UUID id,
                       UUID indicadorId,
                       @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO) int ejercicio,
                       @Schema(minimum = "1", maximum = "4") int trimestre,
                       @Schema(minimum = "1", maximum = "2147483647") int version,
                       boolean tardia,
                       @Schema(minimum = "0", maximum = "2147483647") int diasRetraso) {
    }
}
