package mx.pbrsed.capture.rest;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, as a downstream service would, without joining a group. */
final class Eventos {
    private Eventos() {
    }

    /**
     * Waits until the topic holds at least {@code cuantos} records with the key, then reads on
     * to the end of the topic, so a record that should not be there is returned too.
     */
    static List<ConsumerRecord<String, String>> conClave(String bootstrap, String topic, String clave, int cuantos) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> encontrados = new ArrayList<>();
        try (var consumidor = new KafkaConsumer<String, String>(props)) {
            List<TopicPartition> particiones = new ArrayList<>();
            await().atMost(Capturas.ESPERA).pollInSameThread().until(() -> {
                consumidor.partitionsFor(topic).forEach(p -> particiones.add(new TopicPartition(topic, p.partition())));
                return !particiones.isEmpty();
            });
            consumidor.assign(particiones);
            consumidor.seekToBeginning(particiones);
            await().atMost(Capturas.ESPERA).pollInSameThread().pollInterval(Duration.ofMillis(50)).until(() -> {
                leer(consumidor, clave, encontrados);
                return encontrados.size() >= cuantos;
            });
            Map<TopicPartition, Long> fin = consumidor.endOffsets(particiones);
            while (particiones.stream().anyMatch(p -> consumidor.position(p) < fin.get(p))) {
                leer(consumidor, clave, encontrados);
            }
        }
        return encontrados;
    }

    private static void leer(KafkaConsumer<String, String> consumidor, String clave,
                             List<ConsumerRecord<String, String>> encontrados) {
        for (ConsumerRecord<String, String> registro : consumidor.poll(Duration.ofMillis(200))) {
            if (clave.equals(registro.key())) {
                encontrados.add(registro);
            }
        }
    }
}
