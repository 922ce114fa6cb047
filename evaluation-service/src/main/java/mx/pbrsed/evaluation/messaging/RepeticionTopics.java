package mx.pbrsed.evaluation.messaging;

import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import mx.pbrsed.evaluation.config.TopicsConfig;
import mx.pbrsed.evaluation.service.Recibido;
import mx.pbrsed.evaluation.service.RepeticionDeEventos;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the four input topics from their beginning up to their current end and applies every
 * record through the live consumer's own methods. It uses no consumer group, so the live
 * consumers keep running: the processed-event table and the version guards make the two
 * converge whatever the interleaving.
 */
@ApplicationScoped
public class RepeticionTopics implements RepeticionDeEventos {
    private static final Duration SIN_PROGRESO = Duration.ofSeconds(30);

    private final EventoConsumer consumidor;
    private final TopicsConfig topics;
    private final String bootstrap;

    public RepeticionTopics(EventoConsumer consumidor, TopicsConfig topics,
                            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.consumidor = consumidor;
        this.topics = topics;
        this.bootstrap = bootstrap;
    }

    @Override
    public Repeticion repetirTodo() {
        return repetir(topics.programas(), unoPorUno(consumidor::programa))
                .mas(repetir(topics.devengados(), unoPorUno(consumidor::devengado)))
                .mas(repetir(topics.indicadores(), consumidor::aplicarIndicadores))
                .mas(repetir(topics.capturas(), consumidor::aplicarCapturas));
    }

    private Repeticion repetir(String topic, Aplicacion aplicar) {
        long leidos = 0;
        long rechazados = 0;
        try (var lector = new KafkaConsumer<String, String>(configuracion())) {
            List<TopicPartition> particiones = lector.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            lector.assign(particiones);
            lector.seekToBeginning(particiones);
            // The end is taken now: whatever the live consumers applied before lies below it.
            Map<TopicPartition, Long> fin = lector.endOffsets(particiones);
            Instant ultimoProgreso = Instant.now();
            while (particiones.stream().anyMatch(p -> lector.position(p) < fin.get(p))) {
                // what one poll returned, in partition order, applied as one batch
                List<ConsumerRecord<String, String>> lote = new ArrayList<>();
                for (ConsumerRecord<String, String> registro : lector.poll(Duration.ofMillis(500))) {
                    if (registro.offset() < fin.get(new TopicPartition(topic, registro.partition()))) {
                        lote.add(registro);
                    }
                }
                if (lote.isEmpty()) {
                    if (Duration.between(ultimoProgreso, Instant.now()).compareTo(SIN_PROGRESO) > 0) {
                        throw new IllegalStateException("La repetición de " + topic + " no avanza: ¿Kafka disponible?");
                    }
                    continue;
                }
                leidos += lote.size();
                ultimoProgreso = Instant.now();
                // the rebuild's own trace context: what the replay queues continues the request that asked for it
                Context contexto = Context.current();
                List<Exception> rechazos = aplicar.aplicar(lote.stream()
                        .map(registro -> new Recibido<>(registro.value(), contexto)).toList());
                for (int i = 0; i < lote.size(); i++) {
                    if (rechazos.get(i) != null) {
                        // Already dead-lettered when first consumed; a replay must not stop on it.
                        rechazados++;
                        Log.warnf("Repetición de %s-%d@%d rechazada: %s", topic, lote.get(i).partition(),
                                lote.get(i).offset(), rechazos.get(i).getMessage());
                    }
                }
            }
        }
        Log.infof("Repetidos %d registros de %s (%d rechazados)", leidos, topic, rechazados);
        return new Repeticion(leidos, rechazados);
    }

    /** A channel without batches: each record on its own. */
    private static Aplicacion unoPorUno(AplicacionUnica aplicar) {
        return registros -> {
            List<Exception> rechazos = new ArrayList<>(registros.size());
            for (Recibido<String> registro : registros) {
                try {
                    aplicar.aplicar(registro.evento());
                    rechazos.add(null);
                } catch (Exception e) {
                    rechazos.add(e);
                }
            }
            return rechazos;
        };
    }

    private Properties configuracion() {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    /** Applies a batch of records; per record, null if applied, else why it was rejected. */
    @FunctionalInterface
    private interface Aplicacion {
        List<Exception> aplicar(List<Recibido<String>> registros);
    }

    @FunctionalInterface
    private interface AplicacionUnica {
        void aplicar(String payload) throws Exception;
    }
}
