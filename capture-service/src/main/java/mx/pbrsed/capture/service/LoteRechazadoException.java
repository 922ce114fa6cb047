package mx.pbrsed.capture.service;

import java.util.Comparator;
import java.util.List;

/** A batch with at least one invalid row: nothing of it is stored. */
public class LoteRechazadoException extends RuntimeException {
    /** One problem of one row; fila counts data rows from 1 (a CSV's header is not a row). */
    public record FilaRechazada(int fila, String campo, String mensaje) {
    }

    private final List<FilaRechazada> filas;

    /** Every problem found. */
    public LoteRechazadoException(List<FilaRechazada> filas) {
        this(filas, filas.size(), filas.stream().map(FilaRechazada::fila).distinct().count());
    }

    /**
     * @param listadas the problems to list (the first ones found, when there were too many to list)
     * @param total    how many problems there were
     * @param filas    in how many rows
     */
    public LoteRechazadoException(List<FilaRechazada> listadas, int total, long filas) {
        super(total + " problemas en " + filas + " filas; no se guardó ninguna captura del lote"
                + (listadas.size() < total ? "; se listan los primeros " + listadas.size() : ""));
        this.filas = listadas.stream().sorted(Comparator.comparingInt(FilaRechazada::fila)).toList();
    }

    /** The listed problems, by row. */
    public List<FilaRechazada> filas() {
        return filas;
    }
}
