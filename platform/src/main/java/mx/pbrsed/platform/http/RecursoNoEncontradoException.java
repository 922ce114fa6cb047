package mx.pbrsed.platform.http;

/** A resource the request names does not exist: a 404 problem. */
public class RecursoNoEncontradoException extends RuntimeException {
    public RecursoNoEncontradoException(String recurso, Object id) {
        super("No existe " + recurso + " " + id);
    }
}
