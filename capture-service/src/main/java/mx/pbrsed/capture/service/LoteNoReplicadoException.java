package mx.pbrsed.capture.service;

import java.util.List;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;

/**
 * A batch whose only problem is rows of indicators capture's replica does not have yet: nothing is
 * stored, and the same batch is worth sending again shortly.
 */
public class LoteNoReplicadoException extends RuntimeException {
    private final List<FilaRechazada> filas;

    /**
     * @param listadas the first rows (at most {@link Lote#PROBLEMAS_LISTADOS})
     * @param total    how many rows name an indicator the replica does not have
     */
    public LoteNoReplicadoException(List<FilaRechazada> listadas, int total) {
        super(total + " filas son de indicadores que aún no están en la réplica del catálogo publicado que tiene capture; "
                + "no se guardó ninguna captura del lote: si se acaban de publicar, reintente el lote tras Retry-After");
        this.filas = List.copyOf(listadas);
    }

    public List<FilaRechazada> filas() {
        return filas;
    }
}
