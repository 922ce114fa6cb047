package mx.pbrsed.platform.consumo;

/**
 * An event a consumer refuses for good (it would fail again on every read): it is dead-lettered
 * with its message as the reason and counted under {@code razon}, a short fixed label.
 */
public class EventoNoAdmitidoException extends RuntimeException {
    private final String razon;

    public EventoNoAdmitidoException(String razon, String mensaje) {
        super(mensaje);
        this.razon = razon;
    }

    public String razon() {
        return razon;
    }
}
