package mx.pbrsed.capture.domain;

/** The workflow of one captura version: a validator accepts or returns what was sent. */
public enum EstadoCaptura {
    ENVIADA, VALIDADA, DEVUELTA;

    /**
     * The state a review leads to; only an ENVIADA version is reviewed, and a return needs the
     * reason, since the capturer has to know what to correct.
     */
    public EstadoCaptura revisar(EstadoCaptura destino, String comentario) {
        if (this != ENVIADA || destino == ENVIADA) {
            throw new TransicionNoPermitidaException(this, destino);
        }
        if (destino == DEVUELTA && (comentario == null || comentario.isBlank())) {
            throw new CapturaRechazadaException("comentario", "Una captura se devuelve con un comentario que diga qué corregir");
        }
        return destino;
    }
}
