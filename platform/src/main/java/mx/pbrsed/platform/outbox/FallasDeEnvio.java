package mx.pbrsed.platform.outbox;

import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a send failure that no retry can cure, because of the record itself (too large, a topic name
 * the broker refuses, a value that does not serialise), from every other one. Only the first kind
 * sets a record aside; anything else (the broker away, a timeout, a failure not known here, an
 * authorization an operator may yet grant) is retried as before, so nothing is lost by a guess.
 */
final class FallasDeEnvio {
    /** The label of each never-sendable failure, as the metric and the stored reason name it. */
    private static final Map<Class<? extends Throwable>, String> RAZONES = Map.of(
            RecordTooLargeException.class, "registro-demasiado-grande",
            RecordBatchTooLargeException.class, "registro-demasiado-grande",
            InvalidTopicException.class, "topic-invalido",
            SerializationException.class, "no-serializable");

    /** Why a record can never be sent, with the failure's own message. */
    record Descarte(String razon, String detalle) {
    }

    private FallasDeEnvio() {
    }

    /** Empty when the failure may pass: the record stays pending and is sent again. */
    static Optional<Descarte> descarte(Throwable falla) {
        for (Throwable t = falla; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException) {
                return Optional.empty();
            }
            for (var razon : RAZONES.entrySet()) {
                if (razon.getKey().isInstance(t)) {
                    return Optional.of(new Descarte(razon.getValue(), t.getClass().getSimpleName() + ": " + t.getMessage()));
                }
            }
        }
        return Optional.empty();
    }
}
