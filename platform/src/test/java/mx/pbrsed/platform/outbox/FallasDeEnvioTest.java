package mx.pbrsed.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FallasDeEnvioTest {

    static Stream<Arguments> nuncaEnviables() {
        return Stream.of(
                Arguments.of(new RecordTooLargeException("The message is 5000 bytes when serialized"), "registro-demasiado-grande"),
                Arguments.of(new RecordBatchTooLargeException("batch"), "registro-demasiado-grande"),
                Arguments.of(new InvalidTopicException("Invalid topics: [a b]"), "topic-invalido"),
                Arguments.of(new SerializationException("cannot serialize"), "no-serializable"),
                // as the connector or Mutiny may hand it over: wrapped
                Arguments.of(new CompletionException(new KafkaException("send failed", new RecordTooLargeException("too large"))),
                        "registro-demasiado-grande"));
    }

    @ParameterizedTest(name = "{0} is never sendable: {1}")
    @MethodSource("nuncaEnviables")
    void unaFallaDelRegistroMismoLoAparta(Throwable falla, String razon) {
        assertThat(FallasDeEnvio.descarte(falla)).hasValueSatisfying(d -> {
            assertThat(d.razon()).isEqualTo(razon);
            assertThat(d.detalle()).contains(falla.getClass() == CompletionException.class ? "too large" : falla.getMessage());
        });
    }

    static Stream<Throwable> pasajeras() {
        return Stream.of(
                new TimeoutException("Expiring 1 record(s): 120000 ms has passed since batch creation"),
                new NetworkException("disconnected"),
                new NotEnoughReplicasException("replicas"),
                new UnknownTopicOrPartitionException("not yet created"),
                new AuthorizationException("an operator may still grant it"),
                new KafkaException("Producer closed while send in progress"),
                new IllegalStateException("anything else"),
                // a retriable failure around a record one: the broker's word, retriable, wins
                new TimeoutException("timed out", new RecordTooLargeException("too large")));
    }

    @ParameterizedTest(name = "{0} may pass: retried")
    @MethodSource("pasajeras")
    void cualquierOtraFallaSeReintenta(Throwable falla) {
        assertThat(FallasDeEnvio.descarte(falla)).isEmpty();
    }
}
