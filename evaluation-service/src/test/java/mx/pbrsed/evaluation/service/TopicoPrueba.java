package mx.pbrsed.evaluation.service;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads what the service wrote to a topic, from its beginning, with a fresh consumer group. */
public final class TopicoPrueba {
    private TopicoPrueba() {
    }

    /** Polls until {@code cuantos} records match, for at most {@link ResultadosApi#ESPERA}; returns them in order. */
    public static List<ConsumerRecord<String, String>> esperar(String bootstrap, String topic, int cuantos,
                                                               Predicate<ConsumerRecord<String, String>> filtro) {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "prueba-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> leidos = new ArrayList<>();
        try (var consumidor = new KafkaConsumer<String, String>(config)) {
            consumidor.subscribe(List.of(topic));
            await().atMost(ResultadosApi.ESPERA).until(() -> {
                for (ConsumerRecord<String, String> registro : consumidor.poll(Duration.ofMillis(200))) {
                    if (filtro.test(registro)) {
                        leidos.add(registro);
                    }
                }
                return leidos.size() >= cuantos;
            });
        }
        return leidos;
    }

    public static String cabecera(ConsumerRecord<String, String> registro, String nombre) {
        Header cabecera = registro.headers().lastHeader(nombre);
        return cabecera == null ? null : new String(cabecera.value(), StandardCharsets.UTF_8);
    }
}
