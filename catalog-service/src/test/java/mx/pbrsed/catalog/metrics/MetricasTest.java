package mx.pbrsed.catalog.metrics;

import static mx.pbrsed.catalog.CatalogoApi.agregarObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.crearIndicador;
import static mx.pbrsed.catalog.CatalogoApi.crearPrograma;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.platform.outbox.OutboxMetrics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an operator reads on /q/metrics about the catalog's outbox, its consumer and its API. */
@QuarkusTest
class MetricasTest {
    private static final Duration ESPERA = Duration.ofSeconds(20);

    @ConfigProperty(name = "pbr.topics.capturas")
    String capturas;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;
    @ConfigProperty(name = "pbr.topic-prefix")
    String prefijo;
    @Inject
    OutboxMetrics outboxMetrics;
    @Inject
    Scheduler scheduler;
    @Inject
    DataSource baseDeDatos;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void cadaCapturaConsumidaCuentaComoAplicadaOComoRechazadaConSuRazon() throws Exception {
        UUID id = nuevoIndicador();
        Metricas antes = Metricas.leer();

        try (var productor = productor()) {
            productor.send(new ProducerRecord<>(capturas, id.toString(), "{ esto no es JSON")).get();
            productor.send(new ProducerRecord<>(capturas, id.toString(), """
                    {"schemaVersion": 1, "eventId": "%s", "occurredAt": "2024-01-10T10:00:00-06:00",
                     "capturaId": "%s", "indicadorId": "%s", "definicionVersion": 1, "ejercicio": 2023,
                     "trimestre": 4, "version": 1, "revision": 0, "estado": "ENVIADA",
                     "valoresPorMes": [{"mes": 12, "valores": {"V1": 9, "V2": 9}}], "preliminar": false,
                     "tardia": false, "justificacionVariacion": null, "capturadoPor": "OORE690714H58",
                     "capturadoEn": "2024-01-10T10:00:00-06:00"}"""
                    .formatted(UUID.randomUUID(), UUID.randomUUID(), id))).get();
        }

        await().atMost(ESPERA).untilAsserted(() -> {
            Metricas despues = Metricas.leer();
            assertThat(cambio(antes, despues, "pbrsed_eventos_aplicados_total", "canal", "capturas")).isEqualTo(1);
            assertThat(cambio(antes, despues, "pbrsed_eventos_rechazados_total", "canal", "capturas",
                    "razon", "json-invalido")).isEqualTo(1);
        });
    }

    @Test
    void lasPeticionesDeLaApiSeMidenEnCubetasDeLatencia() {
        nuevoIndicador();

        assertThat(Metricas.leer().etiquetas("http_server_requests_seconds_bucket"))
                .filteredOn(etiquetas -> "/indicadores".equals(etiquetas.get("uri"))
                        && "POST".equals(etiquetas.get("method")) && "201".equals(etiquetas.get("status")))
                .extracting(etiquetas -> etiquetas.get("le"))
                .containsExactly("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0",
                        "+Inf");
    }

    @Test
    void elOutboxExponeSusPendientesYLaEdadDelMasViejo() throws SQLException {
        String relay = scheduler.getScheduledJobs().stream()
                .filter(trigger -> trigger.getMethodDescription().contains("OutboxRelay#"))
                .map(Trigger::getId).findFirst().orElseThrow();
        UUID ceId = UUID.randomUUID();
        // with the relay's poll paused (and no commit to trigger it) a record queued an hour ago waits
        scheduler.pause(relay);
        try {
            sql("insert into outbox (topic, clave, payload, creado_en, ce_id, ce_type, ce_time, ce_dataschema)"
                    + " values ('" + prefijo + "outbox-metricas', 'metricas', '{}', now() - interval '1 hour', '"
                    + ceId + "', 'prueba', now(), 'prueba')");
            outboxMetrics.actualizar();
            Metricas pendiente = Metricas.leer();
            assertThat(pendiente.valor("pbrsed_outbox_pendientes")).isGreaterThanOrEqualTo(1);
            assertThat(pendiente.valor("pbrsed_outbox_antiguedad_segundos")).isBetween(3600.0, 3660.0);
        } finally {
            sql("delete from outbox where ce_id = '" + ceId + "'");
            scheduler.resume(relay);
        }
        await().atMost(ESPERA).untilAsserted(() -> {
            outboxMetrics.actualizar();
            Metricas vacio = Metricas.leer();
            assertThat(vacio.valor("pbrsed_outbox_pendientes")).isZero();
            assertThat(vacio.valor("pbrsed_outbox_antiguedad_segundos")).isZero();
            assertThat(vacio.expone("pbrsed_outbox_pendientes")).isTrue();
        });
    }

    private static UUID nuevoIndicador() {
        String clave = claveNueva("MET");
        crearPrograma(clave);
        return crearIndicador(ficha("PROPOSITO-1", agregarObjetivo(clave, objetivo("PROPOSITO"))));
    }

    private KafkaProducer<String, String> productor() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static double cambio(Metricas antes, Metricas despues, String nombre, String... etiquetas) {
        return despues.valor(nombre, etiquetas) - antes.valor(nombre, etiquetas);
    }

    private void sql(String sentencia) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection(); Statement st = conexion.createStatement()) {
            st.execute(sentencia);
        }
    }
}
