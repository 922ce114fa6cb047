package mx.pbrsed.catalog.messaging;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import mx.pbrsed.catalog.Topicos;
import mx.pbrsed.catalog.metrics.Metricas;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What the catalog's consumer of capture's topic does with an event of a schema version it does not read. */
@QuarkusTest
class CapturaConsumerTest {
    @ConfigProperty(name = "pbr.topics.capturas")
    String capturas;
    @ConfigProperty(name = "pbr.topic-prefix")
    String prefijo;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @Inject
    DataSource dataSource;

    @Test
    void unaCapturaDeUnSchemaVersionDesconocidoVaALaDlqConLaRazonSinAplicarseYCuentaComoRechazada() throws Exception {
        UUID futura = UUID.randomUUID();
        UUID siguiente = UUID.randomUUID();
        String version2 = evento(2, futura);
        Metricas antes = Metricas.leer();

        try (var productor = productor()) {
            RecordMetadata primero = productor.send(new ProducerRecord<>(capturas, futura.toString(), version2))
                    .get();
            // Same partition, so the consumer reaches the next one only once it is past the first.
            productor.send(new ProducerRecord<>(capturas, primero.partition(), siguiente.toString(), evento(1, siguiente)))
                    .get();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> tieneCapturas(siguiente));

        assertThat(tieneCapturas(futura)).as("the version-2 event was applied").isFalse();
        ConsumerRecord<String, String> muerto = Topicos.registros(bootstrapServers, prefijo + "capturas-dlq-catalog",
                futura.toString(), 1).get(0);
        assertThat(muerto.value()).isEqualTo(version2);
        assertThat(cabecera(muerto, "dead-letter-reason")).isEqualTo("schemaVersion 2 no soportada: se lee la 1");
        assertThat(cabecera(muerto, "dead-letter-topic")).isEqualTo(capturas);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                Metricas.leer().valor("pbrsed_eventos_rechazados_total", "canal", "capturas", "razon", "esquema-no-soportado")
                        - antes.valor("pbrsed_eventos_rechazados_total", "canal", "capturas", "razon", "esquema-no-soportado"))
                .isEqualTo(1));
    }

    /** The fields of capture-service's CapturaRegistradaEvent the catalog reads. */
    private static String evento(int schemaVersion, UUID indicadorId) {
        return """
                {"schemaVersion": %d, "eventId": "%s", "indicadorId": "%s"}"""
                .formatted(schemaVersion, UUID.randomUUID(), indicadorId);
    }

    private boolean tieneCapturas(UUID indicadorId) {
        return Almacen.filas(dataSource, "select count(*) from indicador_con_captura where indicador_id = '"
                + indicadorId + "'") == 1;
    }

    private static String cabecera(ConsumerRecord<String, String> registro, String nombre) {
        var cabecera = registro.headers().lastHeader(nombre);
        return cabecera == null ? null : new String(cabecera.value(), UTF_8);
    }

    private KafkaProducer<String, String> productor() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}
