package mx.pbrsed.evaluation.messaging;

/** Fired in the transaction that queued an event in the outbox. */
public record EventoEncolado() {
}
