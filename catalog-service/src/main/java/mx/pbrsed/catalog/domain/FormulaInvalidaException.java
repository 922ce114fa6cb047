package mx.pbrsed.catalog.domain;

/** A formula that does not parse; the message says what was expected and where, in Spanish. */
public class FormulaInvalidaException extends RuntimeException {

    private final int posicion;

    public FormulaInvalidaException(String mensaje, int posicion) {
        super(mensaje);
        this.posicion = posicion;
    }

    /** 1-based column of the offending character; the text's length + 1 for "at the end". */
    public int posicion() {
        return posicion;
    }
}
