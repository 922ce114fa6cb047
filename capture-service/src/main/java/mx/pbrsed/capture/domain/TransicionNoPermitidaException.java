package mx.pbrsed.capture.domain;

/** A review the workflow does not allow from the version's current state. */
public class TransicionNoPermitidaException extends RuntimeException {
    private final EstadoCaptura actual;
    private final EstadoCaptura destino;

    public TransicionNoPermitidaException(EstadoCaptura actual, EstadoCaptura destino) {
        super("Una captura " + actual + " no puede pasar a " + destino
                + (actual == EstadoCaptura.DEVUELTA ? ": se corrige enviando una versión nueva" : ""));
        this.actual = actual;
        this.destino = destino;
    }

    public EstadoCaptura actual() {
        return actual;
    }

    public EstadoCaptura destino() {
        return destino;
    }
}
