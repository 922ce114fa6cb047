package mx.pbrsed.evaluation.domain;

/**
 * A formula divided by zero. Checked, because it is an expected outcome of real data
 * (status SIN_DENOMINADOR), not a programming error.
 */
public final class DivisionPorCeroException extends Exception {

    private static final long serialVersionUID = 1L;

    public DivisionPorCeroException(String mensaje) {
        super(mensaje);
    }
}
