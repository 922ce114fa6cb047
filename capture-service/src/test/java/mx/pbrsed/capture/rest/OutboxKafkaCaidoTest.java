package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.json;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import mx.pbrsed.platform.outbox.OutboxRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Stops the real broker, captures while it is down, starts it again and expects every version on
 * the capturas topic exactly once. It stops the broker every service on this machine shares, so
 * it only runs when asked: {@code -Dpbr.test.detener-kafka=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "pbr.test.detener-kafka", matches = "true")
class OutboxKafkaCaidoTest {
    private static final Path INFRA = Path.of("..", "deploy", "infra.sh");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.capturas")
    String topicCapturas;
    @Inject
    OutboxRepository outbox;

    @Test
    void lasCapturasAceptadasConKafkaCaidoSePublicanUnaVezCuandoVuelve() throws Exception {
        var indicador = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        esperarReplica(indicador);
        registrar(cuerpo(indicador.id(), 2023, 4, Map.of("V1", 1, "V2", 9))).then().statusCode(201);
        assertThat(Eventos.conClave(bootstrap, topicCapturas, indicador.id().toString(), 1)).hasSize(1);

        try {
            infra("kafka-stop");
            for (int v1 = 2; v1 <= 4; v1++) {
                registrar(cuerpo(indicador.id(), 2023, 4, Map.of("V1", v1, "V2", 9))).then()
                        .statusCode(201).body("version", equalTo(v1));
            }
            // capturas and their late announcements wait in the outbox while the broker is away
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> QuarkusTransaction.requiringNew().call(() -> outbox.atraso().pendientes()) >= 6);
        } finally {
            infra("kafka-start");
        }

        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew().call(() -> outbox.atraso().pendientes()) == 0);
        var eventos = Eventos.conClave(bootstrap, topicCapturas, indicador.id().toString(), 4).stream()
                .map(r -> json(r.value())).toList();
        assertThat(eventos).extracting(e -> e.get("version").asInt(), e -> e.get("valoresPorMes").get(0).get("valores").get("V1").asInt())
                .containsExactly(tuple(1, 1), tuple(2, 2), tuple(3, 3), tuple(4, 4));
    }

    private static void infra(String comando) throws IOException, InterruptedException {
        Process proceso = new ProcessBuilder(INFRA.toString(), comando).inheritIO().start();
        if (!proceso.waitFor(90, TimeUnit.SECONDS) || proceso.exitValue() != 0) {
            throw new IllegalStateException("deploy/infra.sh " + comando + " falló");
        }
        assertThat(Files.exists(INFRA)).isTrue();
    }
}
