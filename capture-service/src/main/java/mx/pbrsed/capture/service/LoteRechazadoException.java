package mx.pbrsed.capture.service;

import java.util.List;

/** A batch with at least one invalid row: nothing of it is stored. */
public class LoteRechazadoException extends RuntimeException {
    /** One problem of one row; fila counts data rows from 1 (a CSV's header is not a row). */
    public record FilaRechazada(int fila, String campo, String mensaje) {
    }

    private final List<FilaRechazada> filas;

    public LoteRechazadoException(List<FilaRechazada> filas) {
        super(filas.size() + " problemas en " + filas.stream().map(FilaRechazada::fila).distinct().count()
                + " filas; no se guardó ninguna captura del lote");
        this.filas = List.copyOf(filas);
    }

    public List<FilaRechazada> filas() {
        return filas;
    }
}
