package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import mx.pbrsed.platform.outbox.OutboxMetrics;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import mx.pbrsed.capture.domain.NuevaCaptura;
import mx.pbrsed.capture.service.CapturaService;
import mx.pbrsed.platform.seguridad.Solicitante;
import mx.pbrsed.capture.service.VencimientoService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What an operator reads on /q/metrics after capturas are accepted, come late or are overdue. */
@QuarkusTest
class MetricasTest {
    private static final Duration ESPERA = Duration.ofSeconds(20);
    private static final String[] IPAM_2023_T4 = {"ur", Tokens.UR, "ejercicio", "2023", "trimestre", "4"};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topic-prefix")
    String prefijo;
    @Inject
    CapturaService capturas;
    @Inject
    VencimientoService vencimientos;
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
    void unaCapturaTardiaCuentaComoAceptadaYTardiaEnSuUrYPeriodo() {
        var indicador = publicar(Definicion.anual2023());
        Metricas antes = Metricas.leer();

        // Q4 2023's window closed on 2024-01-15
        registrar(cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9))).then().statusCode(201)
                .body("tardia", equalTo(true));

        Metricas despues = Metricas.leer();
        assertThat(cambio(antes, despues, "pbrsed_capturas_aceptadas_total", IPAM_2023_T4)).isEqualTo(1);
        assertThat(cambio(antes, despues, "pbrsed_capturas_tardias_total", IPAM_2023_T4)).isEqualTo(1);
        assertThat(cambio(antes, despues, "pbrsed_capturas_vencidas_total", IPAM_2023_T4)).isZero();
    }

    @Test
    void unLoteCuentaCadaCapturaYUnDryRunOUnLoteRechazadoNinguna() {
        var anual = publicar(Definicion.anual2023());
        var otro = publicar(Definicion.anual2023());
        var lote = List.of(cuerpo(anual.id(), 2023, 4, Map.of("V1", 9, "V2", 9)),
                cuerpo(otro.id(), 2023, 4, Map.of("V1", 8, "V2", 9)));
        Metricas antes = Metricas.leer();

        lote(lote, true).then().statusCode(200).body("capturas", equalTo(2));
        lote(List.of(lote.get(0), cuerpo(otro.id(), 2023, 4, Map.of("V1", 8))), false).then().statusCode(422);
        Metricas sinGuardar = Metricas.leer();
        assertThat(cambio(antes, sinGuardar, "pbrsed_capturas_aceptadas_total", IPAM_2023_T4)).isZero();
        assertThat(cambio(antes, sinGuardar, "pbrsed_capturas_tardias_total", IPAM_2023_T4)).isZero();

        lote(lote, false).then().statusCode(201).body("capturas", equalTo(2));
        Metricas guardado = Metricas.leer();
        assertThat(cambio(antes, guardado, "pbrsed_capturas_aceptadas_total", IPAM_2023_T4)).isEqualTo(2);
        assertThat(cambio(antes, guardado, "pbrsed_capturas_tardias_total", IPAM_2023_T4)).isEqualTo(2);
    }

    @Test
    void unaCapturaGuardadaEnUnaTransaccionQueSeDeshaceNoCuenta() {
        var indicador = publicar(Definicion.anual2023());
        var captura = new NuevaCaptura(indicador.id(), 2023, 4, Map.of("V1", BigDecimal.ONE, "V2", BigDecimal.TEN),
                null, null, null, false);
        Metricas antes = Metricas.leer();

        // a failure after the captura is stored rolls its transaction back
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            capturas.registrar(captura, new Solicitante(Tokens.CAPTURISTA, Tokens.UR));
            throw new IllegalStateException("falla después de guardar");
        })).hasStackTraceContaining("falla después de guardar");

        Capturas.versiones(indicador.id(), 2023, 4).then().statusCode(200).body("size()", equalTo(0));
        assertThat(cambio(antes, Metricas.leer(), "pbrsed_capturas_aceptadas_total", IPAM_2023_T4)).isZero();
    }

    @Test
    void cadaPeriodoVencidoCuentaUnaVezEnSuUr() {
        // a UR of this test alone, so the other tests' indicators do not count here
        String ur = "M" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        publicar(Definicion.anual2023().frecuencia("TRIMESTRAL").unidadResponsable(ur));

        vencimientos.anunciarVencidas();
        vencimientos.anunciarVencidas();

        Metricas despues = Metricas.leer();
        for (String trimestre : new String[] {"1", "2", "3", "4"}) {
            assertThat(despues.valor("pbrsed_capturas_vencidas_total", "ur", ur, "ejercicio", "2023", "trimestre", trimestre))
                    .as("T" + trimestre).isEqualTo(1);
        }
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

    @Test
    void unaDefinicionIlegibleCuentaComoRechazadaYLaSiguienteComoAplicada() {
        Metricas antes = Metricas.leer();
        var indicador = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            var ilegible = catalogo.publicarTexto(indicador.id(), "esto no es JSON");
            catalogo.publicarDespuesDe(ilegible, indicador);
        }
        esperarReplica(indicador);

        await().atMost(ESPERA).untilAsserted(() -> {
            Metricas despues = Metricas.leer();
            assertThat(cambio(antes, despues, "pbrsed_eventos_rechazados_total", "canal", "indicadores",
                    "razon", "json-invalido")).isEqualTo(1);
            assertThat(cambio(antes, despues, "pbrsed_eventos_aplicados_total", "canal", "indicadores")).isEqualTo(1);
        });
    }

    private Definicion publicar(Definicion definicion) {
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(definicion);
        }
        esperarReplica(definicion);
        return definicion;
    }

    private static io.restassured.response.Response lote(List<Map<String, Object>> lote, boolean dryRun) {
        return Tokens.capturista().contentType(ContentType.JSON).queryParam("dryRun", dryRun).body(lote)
                .when().post("/capturas/lote");
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
