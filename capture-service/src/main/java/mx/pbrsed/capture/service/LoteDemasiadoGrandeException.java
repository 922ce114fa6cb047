package mx.pbrsed.capture.service;

import mx.pbrsed.capture.rest.model.Limites;

/** A lote, or one of its rows, larger than the API accepts: refused as soon as reading passes the limit. */
public class LoteDemasiadoGrandeException extends RuntimeException {
    private final int fila;
    private final String campo;

    public LoteDemasiadoGrandeException(int fila, String campo, String mensaje) {
        super(mensaje);
        this.fila = fila;
        this.campo = campo;
    }

    /**
     * Reading stopped at a byte limit while row {@code fila} was read.
     *
     * @param delLote the lote's limit rather than the row's
     */
    public static LoteDemasiadoGrandeException alLeer(int fila, boolean delLote) {
        return delLote
                ? new LoteDemasiadoGrandeException(fila, "filas", "El lote pasa del máximo de " + Limites.BYTES_LOTE
                        + " bytes; divídalo en lotes más pequeños")
                : new LoteDemasiadoGrandeException(fila, Lote.campo(fila, null), "La fila " + fila + " pasa del máximo de "
                        + Limites.BYTES_CAPTURA + " bytes");
    }

    /** The row being read when the limit was passed. */
    public int fila() {
        return fila;
    }

    public String campo() {
        return campo;
    }
}
