package mx.pbrsed.capture.rest.mapping;

/**
 * A CSV lote that cannot be read as CSV: not UTF-8, a quote left open, a repeated column, a cell
 * with a character no text may hold. Nothing of it is stored.
 */
public class CsvInvalidoException extends RuntimeException {
    private final int fila;
    private final String campo;

    /**
     * @param fila  the data row (from 1), 0 for the header
     * @param campo encabezado, filas[3] or filas[3].analisisLogro
     */
    public CsvInvalidoException(int fila, String campo, String mensaje) {
        super(mensaje);
        this.fila = fila;
        this.campo = campo;
    }

    public int fila() {
        return fila;
    }

    public String campo() {
        return campo;
    }
}
