package mx.pbrsed.evaluation.mapping;

/**
 * A definition whose formula the catalog's grammar does not admit (too long, nested too deep, a
 * node the engine does not know): it is never evaluated; its message is the dead-letter reason.
 */
public class FormulaNoAdmitidaException extends IllegalArgumentException {
    public FormulaNoAdmitidaException(String motivo) {
        super("Fórmula no admitida: " + motivo);
    }
}
