package mx.pbrsed.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The AsyncAPI document as a checker of real records: each channel's message gives the JSON
 * Schema of the payload and of the headers (CloudEvents binary mode), read from the document
 * itself, so the document and the services cannot drift apart unnoticed.
 */
final class ContratoEventos {
    static final Path ASYNCAPI = Sistema.RAIZ.resolve("deploy/contracts/asyncapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode documento;
    private final SchemaRegistry esquemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** One channel's documented message, with both schemas compiled. */
    record Mensaje(String canal, String nombre, Schema carga, Schema cabeceras) {
    }

    ContratoEventos() throws IOException {
        documento = new ObjectMapper(new YAMLFactory()).readTree(ASYNCAPI.toFile());
    }

    /** The documented message of the channel with this address. */
    Mensaje mensaje(String direccion) {
        for (var canal : documento.get("channels").properties()) {
            if (direccion.equals(canal.getValue().path("address").asText())) {
                JsonNode referencia = canal.getValue().get("messages").elements().next();
                JsonNode mensaje = resolver(referencia);
                return new Mensaje(canal.getKey(), mensaje.path("name").asText(),
                        esquema(mensaje.get("payload")), mensaje.has("headers") ? esquema(mensaje.get("headers")) : null);
            }
        }
        throw new AssertionError("La AsyncAPI no documenta el topic " + direccion);
    }

    /** Every way the record departs from its channel's message; empty when it conforms. */
    List<String> incumplimientos(Mensaje mensaje, ConsumerRecord<String, String> registro) {
        List<String> errores = new ArrayList<>();
        String donde = registro.topic() + "@" + registro.offset() + ": ";
        JsonNode carga;
        try {
            carga = JSON.readTree(registro.value());
        } catch (IOException e) {
            return List.of(donde + "la carga no es JSON");
        }
        mensaje.carga().validate(carga).forEach(e -> errores.add(donde + "carga " + e));
        if (mensaje.cabeceras() == null) {
            errores.add(donde + "el mensaje " + mensaje.nombre() + " no documenta sus cabeceras");
            return errores;
        }
        ObjectNode cabeceras = JSON.createObjectNode();
        for (Header cabecera : registro.headers()) {
            cabeceras.put(cabecera.key(), new String(cabecera.value(), StandardCharsets.UTF_8));
        }
        mensaje.cabeceras().validate(cabeceras).forEach(e -> errores.add(donde + "cabeceras " + e));
        // what a schema cannot say: the CloudEvent names the event and the record it travels in
        if (!cabeceras.path("ce_id").asText().equals(carga.path("eventId").asText())) {
            errores.add(donde + "ce_id " + cabeceras.path("ce_id") + " no es el eventId " + carga.path("eventId"));
        }
        if (!cabeceras.path("ce_subject").asText().equals(registro.key())) {
            errores.add(donde + "ce_subject " + cabeceras.path("ce_subject") + " no es la clave " + registro.key());
        }
        return errores;
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

    private Schema esquema(JsonNode nodo) {
        // The schema is read inside a copy of the document, so its $refs to #/components resolve.
        ObjectNode envoltura = JSON.createObjectNode();
        envoltura.set("allOf", JSON.createArrayNode().add(nodo));
        envoltura.set("components", documento.get("components"));
        // a location of its own: the registry caches schemas by location
        return esquemas.getSchema(SchemaLocation.of("urn:pbrsed:asyncapi:" + UUID.randomUUID()), envoltura);
    }

    private JsonNode resolver(JsonNode nodo) {
        JsonNode actual = nodo;
        while (actual.has("$ref")) {
            actual = documento.at(actual.get("$ref").asText().substring(1));
        }
        return actual;
    }
}
