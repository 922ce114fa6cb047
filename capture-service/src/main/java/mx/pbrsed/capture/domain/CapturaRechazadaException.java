package mx.pbrsed.capture.domain;

/** A captura that contradicts the indicator's published definition or the capture calendar. */
public class CapturaRechazadaException extends RuntimeException {
    private final String campo;

    public CapturaRechazadaException(String campo, String mensaje) {
        super(mensaje);
        this.campo = campo;
    }

    public String campo() {
        return campo;
    }
}
