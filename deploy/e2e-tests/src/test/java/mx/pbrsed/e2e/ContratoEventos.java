package mx.pbrsed.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import mx.pbrsed.bench.Contrato;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The AsyncAPI document as a checker of real records, read by the benchmark's {@link Contrato} (the
 * one reading of the contract): each channel's message gives the JSON Schema of the payload and of
 * the headers (CloudEvents binary mode), so the document and the services cannot drift apart unnoticed.
 */
final class ContratoEventos {
    static final Path ASYNCAPI = Sistema.RAIZ.resolve("deploy/contracts/asyncapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Contrato contrato;

    ContratoEventos() throws IOException {
        contrato = Contrato.leer(ASYNCAPI);
    }

    /** The documented message of the channel with this address. */
    Contrato.Mensaje mensaje(String direccion) {
        return contrato.mensaje(direccion);
    }

    /** Every way the record departs from its channel's message; empty when it conforms. */
    List<String> incumplimientos(Contrato.Mensaje mensaje, ConsumerRecord<String, String> registro) {
        String donde = registro.topic() + "@" + registro.offset() + ": ";
        JsonNode carga;
        try {
            carga = JSON.readTree(registro.value());
        } catch (IOException e) {
            return List.of(donde + "la carga no es JSON");
        }
        Map<String, String> cabeceras = new LinkedHashMap<>();
        for (Header cabecera : registro.headers()) {
            cabeceras.put(cabecera.key(), new String(cabecera.value(), StandardCharsets.UTF_8));
        }
        return mensaje.incumplimientos(registro.key(), cabeceras, carga).stream().map(donde::concat).toList();
    }

    /** Every record of a topic from its beginning to its end at the time of the call. */
    static List<ConsumerRecord<String, String>> leerTodo(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-contrato-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> registros = new ArrayList<>();
        try (var consumidor = new KafkaConsumer<String, String>(config)) {
            var particiones = consumidor.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumidor.assign(particiones);
            consumidor.seekToBeginning(particiones);
            Map<TopicPartition, Long> finales = new LinkedHashMap<>(consumidor.endOffsets(particiones));
            Instant limite = Instant.now().plusSeconds(30);
            while (particiones.stream().anyMatch(p -> consumidor.position(p) < finales.get(p))) {
                if (Instant.now().isAfter(limite)) {
                    throw new AssertionError("No se leyó " + topic + " hasta su final en 30 s");
                }
                consumidor.poll(Duration.ofMillis(500)).forEach(registros::add);
            }
        }
        return registros;
    }
}
