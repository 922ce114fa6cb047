package mx.pbrsed.capture.service;

public class RecursoNoEncontradoException extends RuntimeException {
    public RecursoNoEncontradoException(String recurso, Object id) {
        super("No existe " + recurso + " " + id);
    }
}
