package mx.pbrsed.capture.rest.model;

/** Text lengths the API accepts, one place for the request records and their docs. */
public final class Limites {
    /** Free texts: análisis del logro, justificación de la variación, comentario. */
    public static final int TEXTO = 4000;

    private Limites() {
    }
}
