package mx.pbrsed.evaluation.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.evaluation.service.EventosPrueba;
import mx.pbrsed.evaluation.service.ResultadosApi;
import mx.pbrsed.platform.outbox.OutboxMetrics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an operator reads on /q/metrics, after the events that change it. */
@QuarkusTest
class MetricasTest {
    /** No other test evaluates this ejercicio, so its semáforo series hold this test's results only. */
    private static final int EJERCICIO = 2031;
    private static final Duration ESPERA = Duration.ofSeconds(20);

    @Inject
    EventosPrueba eventos;
    @Inject
    ResultadoMetrics resultadoMetrics;
    @Inject
    OutboxMetrics outboxMetrics;
    @Inject
    Scheduler scheduler;
    @Inject
    DataSource baseDeDatos;
    @ConfigProperty(name = "pbr.topic-prefix")
    String prefijo;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void unaCapturaEvaluadaMideSuDemoraYCuentaElSemaforoDeSuResultado() {
        UUID id = UUID.randomUUID();
        ObjectNode definicion = eventos.matriculaConsular(id, 1, 45649);
        ((ObjectNode) definicion.get("programa")).put("ejercicio", EJERCICIO);
        eventos.publicarIndicador(definicion);
        ResultadosApi.esperar(id, consulta -> true);
        Metricas antes = Metricas.leer();

        eventos.registrarCaptura(eventos.capturaAnual(id, 1, Map.of("V1", 32822))
                .put("ejercicio", EJERCICIO).put("capturadoEn", OffsetDateTime.now().toString()));
        ResultadosApi.esperarQ4Calculado(id);

        // counted once the transaction committed, which a REST read may see a moment before
        await().atMost(ESPERA).untilAsserted(() -> {
            Metricas despues = Metricas.leer();
            assertThat(cambio(antes, despues, "pbrsed_captura_resultado_seconds_count")).isEqualTo(1);
            assertThat(cambio(antes, despues, "pbrsed_captura_resultado_seconds_bucket", "le", "5.0")).isEqualTo(1);
            assertThat(cambio(antes, despues, "pbrsed_captura_resultado_seconds_bucket", "le", "+Inf")).isEqualTo(1);
            assertThat(cambio(antes, despues, "pbrsed_eventos_aplicados_total", "canal", "capturas")).isEqualTo(1);
        });
        assertThat(Metricas.leer().etiquetas("pbrsed_captura_resultado_seconds_bucket"))
                .extracting(etiquetas -> etiquetas.get("le"))
                .containsExactly("0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "5.0", "10.0", "30.0", "60.0", "+Inf");

        resultadoMetrics.actualizarSemaforos();
        Metricas ahora = Metricas.leer();
        String ejercicio = Integer.toString(EJERCICIO);
        assertThat(ahora.valor("pbrsed_resultados", "ejercicio", ejercicio, "trimestre", "4", "semaforo", "AMARILLO"))
                .isEqualTo(1);
        for (String otro : new String[] {"VERDE", "ROJO", "EXCEDIDO", "SIN_SEMAFORO"}) {
            assertThat(ahora.valor("pbrsed_resultados", "ejercicio", ejercicio, "trimestre", "4", "semaforo", otro))
                    .as(otro).isZero();
        }
        // ANUAL: no measurement is due before Q4, so those results have no colour
        for (String trimestre : new String[] {"1", "2", "3"}) {
            assertThat(ahora.valor("pbrsed_resultados", "ejercicio", ejercicio, "trimestre", trimestre, "semaforo",
                    "SIN_SEMAFORO")).as("T" + trimestre).isEqualTo(1);
        }
    }

    @Test
    void losIndicadoresEnRiesgoSeCuentanPorUr() {
        String ur = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String programa = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        eventos.publicarPrograma(eventos.programa(UUID.randomUUID(), 1, programa, "04", ur).put("ejercicio", EJERCICIO));
        UUID rojo = UUID.randomUUID();
        UUID verde = UUID.randomUUID();
        for (UUID id : new UUID[] {rojo, verde}) {
            ObjectNode definicion = EventosPrueba.enPrograma(eventos.padronMigrantes(id, 1, 600, 1000), programa);
            ((ObjectNode) definicion.get("programa")).put("ejercicio", EJERCICIO);
            eventos.publicarIndicador(definicion);
        }
        eventos.registrarCaptura(eventos.captura(rojo, 2, 1, Map.of("V1", 580)).put("ejercicio", EJERCICIO));
        eventos.registrarCaptura(eventos.captura(verde, 2, 1, Map.of("V1", 1000)).put("ejercicio", EJERCICIO));
        for (UUID id : new UUID[] {rojo, verde}) {
            ResultadosApi.esperar(id, c -> c.trimestre(2).proyeccion() != null);
        }
        // the programa arrives on its own topic
        await().atMost(ESPERA).untilAsserted(() -> {
            resultadoMetrics.actualizarSemaforos();
            assertThat(Metricas.leer().valor("pbrsed_indicadores_en_riesgo", "ur", ur,
                    "ejercicio", Integer.toString(EJERCICIO), "trimestre", "2")).isEqualTo(1);
        });
    }

    @Test
    void unRegistroIlegibleCuentaComoRechazado() {
        Metricas antes = Metricas.leer();
        eventos.enviar(eventos.topicProgramas(), null, "metricas", "esto no es JSON");

        await().atMost(ESPERA).untilAsserted(() -> assertThat(cambio(antes, Metricas.leer(),
                "pbrsed_eventos_rechazados_total", "canal", "programas", "razon", "json-invalido")).isEqualTo(1));
        assertThat(cambio(antes, Metricas.leer(), "pbrsed_eventos_aplicados_total", "canal", "programas")).isZero();
    }

    @Test
    void elRetrasoDelConsumidorSeExponePorTopic() {
        // A partition's lag exists once the consumer fetched from it since its last assignment (a
        // rebalance drops it), and Micrometer binds new Kafka metrics every 60 s: keep records coming.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            eventos.publicarIndicador(eventos.matriculaConsular(UUID.randomUUID(), 1, 100));
            assertThat(Metricas.leer().etiquetas("kafka_consumer_fetch_manager_records_lag"))
                    .filteredOn(etiquetas -> eventos.topicIndicadores().equals(etiquetas.get("topic")))
                    .extracting(etiquetas -> etiquetas.get("partition"))
                    .isNotEmpty();
        });
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

    private static double cambio(Metricas antes, Metricas despues, String nombre, String... etiquetas) {
        return despues.valor(nombre, etiquetas) - antes.valor(nombre, etiquetas);
    }

    private void sql(String sentencia) throws SQLException {
        try (Connection conexion = baseDeDatos.getConnection(); Statement st = conexion.createStatement()) {
            st.execute(sentencia);
        }
    }
}
