package mx.pbrsed.evaluation.mapping;

import mx.pbrsed.platform.consumo.EventoNoAdmitidoException;

/**
 * A definition whose formula the catalog's grammar does not admit (too long, nested too deep, a
 * node the engine does not know): it is never evaluated; its message is the dead-letter reason.
 */
public class FormulaNoAdmitidaException extends EventoNoAdmitidoException {
    public FormulaNoAdmitidaException(String motivo) {
        super("formula-no-admitida", "Fórmula no admitida: " + motivo);
    }
}
