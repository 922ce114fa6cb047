package mx.pbrsed.catalog.domain;

/** A definition (método de cálculo, semáforo, metas) that breaks a catalog rule. */
public class DefinicionInvalidaException extends RuntimeException {

    private final String campo;

    public DefinicionInvalidaException(String campo, String mensaje) {
        super(mensaje);
        this.campo = campo;
    }

    /** Path of the offending field, e.g. "metodoCalculo.expresion", so the API can point at it. */
    public String campo() {
        return campo;
    }
}
