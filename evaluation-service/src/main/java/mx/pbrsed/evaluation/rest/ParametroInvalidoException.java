package mx.pbrsed.evaluation.rest;

/** A request parameter that the resource itself parses (so JAX-RS would otherwise answer 404). */
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
