package mx.pbrsed.capture.service;

/** A lote, or one of its rows, larger than the API accepts: refused as soon as reading passes the limit. */
public class LoteDemasiadoGrandeException extends RuntimeException {
    private final int fila;
    private final String campo;

    public LoteDemasiadoGrandeException(int fila, String campo, String mensaje) {
        super(mensaje);
        this.fila = fila;
        this.campo = campo;
    }

    /** The row being read when the limit was passed. */
    public int fila() {
        return fila;
    }

    public String campo() {
        return campo;
    }
}
