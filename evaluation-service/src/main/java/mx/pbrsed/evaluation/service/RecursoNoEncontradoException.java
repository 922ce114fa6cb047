package mx.pbrsed.evaluation.service;

public class RecursoNoEncontradoException extends RuntimeException {
    public RecursoNoEncontradoException(String recurso, Object id) {
        super("No existe " + recurso + " " + id);
    }
}
