package mx.pbrsed.capture.rest.model;

import java.util.List;
import java.util.UUID;

/** What a batch stored, or with dryRun would store: one line per row, in the batch's order. */
public record LoteResultado(boolean dryRun, int capturas, int valores, List<Fila> filas) {

    public record Fila(int fila, UUID id, UUID indicadorId, int ejercicio, int trimestre, int version,
                       boolean tardia, int diasRetraso) {
    }
}
