package mx.pbrsed.platform.outbox;

/**
 * An event larger than the outbox admits ({@code pbr.outbox.tamano-maximo}): the broker would refuse
 * it for ever, so the write that produced it is refused instead and stores nothing.
 */
public class EventoDemasiadoGrandeException extends RuntimeException {
    private final long tamano;
    private final long maximo;

    public EventoDemasiadoGrandeException(String tipo, long tamano, long maximo) {
        super("Evento " + tipo + " de " + tamano + " bytes; el máximo es " + maximo);
        this.tamano = tamano;
        this.maximo = maximo;
    }

    public long tamano() {
        return tamano;
    }

    public long maximo() {
        return maximo;
    }
}
