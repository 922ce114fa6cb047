package mx.pbrsed.evaluation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A record that is not an event goes to the dead-letter topic and consumption goes on. */
@QuarkusTest
class RegistroIlegibleTest {
    @Inject
    EventosPrueba eventos;
    @ConfigProperty(name = "pbr.topic-prefix")
    String prefijo;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void unaCapturaIlegibleVaALaDlqYLaSiguienteSeAplica() {
        UUID id = UUID.randomUUID();
        eventos.publicarIndicador(eventos.matriculaConsular(id, 1, 45649));
        String ilegible = "esto no es JSON " + id;
        int particion = eventos.enviar(eventos.topicCapturas(), null, id.toString(), ilegible).partition();
        // Same partition, so it is consumed after the unreadable one.
        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 32822)), particion);

        var q4 = ResultadosApi.esperarQ4Calculado(id).trimestre(4);
        assertThat(q4.estado()).isEqualTo(EstadoResultado.CALCULADO);
        assertThat(q4.logro()).isEqualByComparingTo("32822");

        ConsumerRecord<String, String> muerto = leerDlq(prefijo + "capturas-dlq-evaluation", ilegible);
        assertThat(muerto.key()).isEqualTo(id.toString());
        assertThat(cabecera(muerto, "dead-letter-topic")).isEqualTo(eventos.topicCapturas());
        assertThat(cabecera(muerto, "dead-letter-reason")).isNotBlank();
    }

    private ConsumerRecord<String, String> leerDlq(String topic, String valor) {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "prueba-dlq-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (var consumidor = new KafkaConsumer<String, String>(config)) {
            consumidor.subscribe(List.of(topic));
            return await().atMost(ResultadosApi.ESPERA).until(() -> {
                for (ConsumerRecord<String, String> registro : consumidor.poll(Duration.ofMillis(200))) {
                    if (valor.equals(registro.value())) {
                        return registro;
                    }
                }
                return null;
            }, registro -> registro != null);
        }
    }

    private static String cabecera(ConsumerRecord<String, String> registro, String nombre) {
        Header cabecera = registro.headers().lastHeader(nombre);
        return cabecera == null ? null : new String(cabecera.value(), StandardCharsets.UTF_8);
    }
}
