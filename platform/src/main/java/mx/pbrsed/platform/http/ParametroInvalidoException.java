package mx.pbrsed.platform.http;

/** A query or path parameter the API cannot read; campo names it: a 400 problem. */
public class ParametroInvalidoException extends RuntimeException {
    private final String campo;

    public ParametroInvalidoException(String campo, String mensaje) {
        super(mensaje);
        this.campo = campo;
    }

    public String campo() {
        return campo;
    }
}
