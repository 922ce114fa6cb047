package mx.pbrsed.platform.outbox;

/** Fired in the transaction that queued an event in the outbox. */
public record EventoEncolado() {
}
