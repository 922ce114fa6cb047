package mx.pbrsed.capture.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mx.pbrsed.platform.outbox.EventoEncolado;
import mx.pbrsed.platform.outbox.OutboxRepository;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Two relays draining one outbox (two instances of a service): while another relay holds a key's
 * older record, this one leaves the key's newer records alone and sends the rest; once the older
 * one is free, both go out in order. The scheduled relay is off, so each run here is one the test
 * starts; the other relay is this test's own transaction, locking the older record as a relay's
 * SKIP LOCKED batch does.
 */
@QuarkusTest
@TestProfile(OutboxRelaysParalelosTest.SinRelayProgramado.class)
class OutboxRelaysParalelosTest {
    public static class SinRelayProgramado implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pbr.outbox.interval", "off");
        }
    }

    @Inject
    OutboxRepository outbox;
    @Inject
    Event<EventoEncolado> encolado;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void unaClaveCuyoRegistroAnteriorRetieneOtroRelayEsperaYLuegoSaleEnOrden() throws Exception {
        String topic = "outbox-relays-" + UUID.randomUUID();
        String clave = "indicador-" + UUID.randomUUID();
        String otra = "indicador-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> outbox.encolar(List.of(
                registro(topic, clave, "v1"), registro(topic, clave, "v2"), registro(topic, otra, "v1"))));
        List<Long> ids = QuarkusTransaction.requiringNew().call(() ->
                outbox.list("topic = ?1 order by id", topic).stream().map(r -> r.id).toList());

        // the other relay: holds the key's oldest record, as if sending it
        var retenido = new CountDownLatch(1);
        var soltar = new CountDownLatch(1);
        CompletableFuture<Void> otroRelay = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.findById(ids.get(0), LockModeType.PESSIMISTIC_WRITE);
            retenido.countDown();
            try {
                soltar.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // it fails before marking it: rolled back, the record stays pending for whichever relay comes next
            throw new IllegalStateException("el otro relay cae antes de marcarlo");
        }));
        assertThat(retenido.await(30, TimeUnit.SECONDS)).isTrue();

        relayar();
        await().atMost(Capturas.ESPERA).until(() -> publicados(topic).get(2));
        assertThat(publicados(topic)).as("the key's newer record waits while the older one is held elsewhere")
                .containsExactly(false, false, true);

        soltar.countDown();
        assertThatThrownBy(() -> otroRelay.get(30, TimeUnit.SECONDS)).hasRootCauseMessage("el otro relay cae antes de marcarlo");
        relayar();
        await().atMost(Capturas.ESPERA).until(() -> !publicados(topic).contains(false));

        List<ConsumerRecord<String, String>> registros = Eventos.conClave(bootstrap, topic, clave, 2);
        assertThat(registros).extracting(ConsumerRecord::value).containsExactly("{\"v\":\"v1\"}", "{\"v\":\"v2\"}");
    }

    /** A relay run, as a commit that queued events starts one. */
    private void relayar() {
        QuarkusTransaction.requiringNew().run(() -> encolado.fire(new EventoEncolado()));
    }

    private List<Boolean> publicados(String topic) {
        return QuarkusTransaction.requiringNew().call(() ->
                outbox.list("topic = ?1 order by id", topic).stream().map(r -> r.publicadoEn != null).toList());
    }

    private static OutboxRepository.Registro registro(String topic, String clave, String version) {
        return new OutboxRepository.Registro(topic, clave, "{\"v\":\"" + version + "\"}", UUID.randomUUID(),
                "mx.pbrsed.captura.registrada.v1", OffsetDateTime.now(),
                "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/CapturaRegistradaEvent", null, null);
    }
}
