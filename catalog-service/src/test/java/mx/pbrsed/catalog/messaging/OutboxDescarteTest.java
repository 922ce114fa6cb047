package mx.pbrsed.catalog.messaging;

import static io.restassured.RestAssured.given;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.programa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import mx.pbrsed.platform.outbox.OutboxEntity;
import mx.pbrsed.platform.outbox.OutboxRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Against the real broker, with the producer's request limit lowered so an ordinary record can be
 * too large for it: a record Kafka can never take is set aside (marked, counted, never deleted)
 * while the record queued after it is still relayed; and a write whose event passes the outbox's
 * own limit is refused with a 413 problem, storing nothing.
 */
@QuarkusTest
@TestProfile(OutboxDescarteTest.LimitesBajos.class)
class OutboxDescarteTest {
    private static final int MAX_REQUEST_SIZE = 4096;
    private static final Duration ESPERA = Duration.ofSeconds(30);

    public static class LimitesBajos implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.eventos.max.request.size", String.valueOf(MAX_REQUEST_SIZE),
                    "pbr.outbox.tamano-maximo", "700");
        }
    }

    @ConfigProperty(name = "pbr.topic-prefix")
    String prefijo;
    @Inject
    OutboxRepository outbox;
    @Inject
    DataSource dataSource;

    @Test
    void unRegistroQueKafkaNuncaAceptaSeApartaYElSiguienteSePublica() {
        String topic = prefijo + "outbox-descarte-" + UUID.randomUUID();
        var grande = registro(topic, "grande", "{\"texto\":\"" + "x".repeat(2 * MAX_REQUEST_SIZE) + "\"}");
        var siguiente = registro(topic, "siguiente", "{\"texto\":\"cabe\"}");
        QuarkusTransaction.requiringNew().run(() -> outbox.encolar(List.of(grande, siguiente)));

        await().atMost(ESPERA).untilAsserted(() -> {
            List<OutboxEntity> filas = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.list("topic = ?1 order by id", topic));
            assertThat(filas).hasSize(2);
            OutboxEntity apartado = filas.get(0);
            assertThat(apartado.descartadoEn).as("set aside").isNotNull();
            assertThat(apartado.publicadoEn).isNull();
            assertThat(apartado.razonDescarte).startsWith("registro-demasiado-grande: RecordTooLargeException");
            OutboxEntity publicado = filas.get(1);
            assertThat(publicado.publicadoEn).as("acknowledged by the broker").isNotNull();
            assertThat(publicado.descartadoEn).isNull();
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.atraso().pendientes()))
                .as("a record set aside is no longer pending").isZero();
        String metricas = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metricas.lines())
                .filteredOn(l -> l.startsWith("pbrsed_outbox_descartados_total{")
                        && l.contains("razon=\"registro-demasiado-grande\"") && l.contains("topic=\"" + topic + "\""))
                .singleElement().satisfies(l -> assertThat(Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).isEqualTo(1.0));
    }

    @Test
    void unaEscrituraCuyoEventoPasaDelLimiteEsUn413YNoGuardaNada() {
        // the seed's programa makes an event of about 470 bytes: accepted, so the limit refuses not everything
        api().body(programa(claveNueva("TAM")).toString()).post("/programas").then().statusCode(201);
        Map<String, Long> antes = Almacen.conteos(dataSource);

        // a nombre of under 500 characters, within what a request admits, makes it about 900
        var grande = programa(claveNueva("TAM")).put("nombre", "PROGRAMA " + "DE ASISTENCIA ".repeat(34));
        esProblema(api().body(grande.toString()).post("/programas").then(), 413, "evento-demasiado-grande", "/programas");

        assertThat(Almacen.conteos(dataSource)).as("nothing stored, the outbox included").isEqualTo(antes);
    }

    private static OutboxRepository.Registro registro(String topic, String clave, String payload) {
        return new OutboxRepository.Registro(topic, clave, payload, UUID.randomUUID(), "mx.pbrsed.prueba.v1",
                OffsetDateTime.now(), "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/Prueba", null, null);
    }
}
