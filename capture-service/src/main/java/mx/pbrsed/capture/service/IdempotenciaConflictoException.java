package mx.pbrsed.capture.service;

/** An Idempotency-Key reused for a different request, or not a usable key. */
public class IdempotenciaConflictoException extends RuntimeException {
    public IdempotenciaConflictoException(String mensaje) {
        super(mensaje);
    }
}
