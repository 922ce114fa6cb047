package mx.pbrsed.capture.service;

/**
 * A lote whose reading stopped before its end, nothing of it stored: larger than the API accepts
 * (refused as soon as reading passes the limit), or a CSV that cannot be read as CSV (not UTF-8, a
 * quote left open, a repeated column, a cell with a character no text may hold).
 */
public class LoteIlegibleException extends RuntimeException {
    public enum Motivo { DEMASIADO_GRANDE, CSV_INVALIDO }

    private final Motivo motivo;
    private final int fila;
    private final String campo;

    /**
     * @param fila  the row being read (data rows from 1), 0 for a CSV's header
     * @param campo filas, encabezado, filas[3] or filas[3].analisisLogro
     */
    public LoteIlegibleException(Motivo motivo, int fila, String campo, String mensaje) {
        super(mensaje);
        this.motivo = motivo;
        this.fila = fila;
        this.campo = campo;
    }

    public Motivo motivo() {
        return motivo;
    }

    public int fila() {
        return fila;
    }

    public String campo() {
        return campo;
    }
}
