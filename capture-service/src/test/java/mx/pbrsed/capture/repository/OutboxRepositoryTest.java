package mx.pbrsed.capture.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.platform.outbox.OutboxEntity;
import mx.pbrsed.platform.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;

/** The outbox's batch insert keeps every column, and a relay run marks only what the broker acknowledged. */
@QuarkusTest
class OutboxRepositoryTest {
    @Inject
    OutboxRepository outbox;

    @Test
    void losRegistrosConservanSusAtributosYSoloLosAcusadosSeMarcanPublicados() {
        String topic = "outbox-repositorio-" + UUID.randomUUID();
        OffsetDateTime ceTime = OffsetDateTime.of(2024, 1, 20, 18, 30, 15, 123_456_000, ZoneOffset.UTC);
        var conTraza = new OutboxRepository.Registro(topic, "clave-1", "{\"a\":1}", UUID.randomUUID(),
                "mx.pbrsed.captura.registrada.v1", ceTime, "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/X",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "pbr=1");
        var sinTraza = new OutboxRepository.Registro(topic, "clave-2", "{\"b\":2}", UUID.randomUUID(),
                "mx.pbrsed.captura.tardia.v1", ceTime, "https://pbrsed.mx/contracts/asyncapi.yaml#/components/schemas/Y",
                null, null);
        // one transaction, rolled back: the running relay never sees these records
        QuarkusTransaction.begin();
        try {
            outbox.encolar(List.of(conTraza, sinTraza));
            List<OutboxEntity> encolados = outbox.list("topic = ?1 order by id", topic);
            assertThat(encolados).extracting(o -> new OutboxRepository.Registro(o.topic, o.clave, o.payload, o.ceId, o.ceType,
                    o.ceTime.withOffsetSameInstant(ZoneOffset.UTC), o.ceDataschema, o.traceparent, o.tracestate))
                    .containsExactly(conTraza, sinTraza);

            OffsetDateTime publicado = OffsetDateTime.of(2024, 1, 20, 18, 31, 0, 0, ZoneOffset.UTC);
            outbox.marcarPublicados(List.of(encolados.get(1).id), publicado);
            outbox.marcarPublicados(List.of(), publicado);
            outbox.getEntityManager().clear();
            assertThat(outbox.list("topic = ?1 order by id", topic))
                    .extracting(o -> o.publicadoEn == null ? null : o.publicadoEn.toInstant())
                    .containsExactly(null, publicado.toInstant());
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
