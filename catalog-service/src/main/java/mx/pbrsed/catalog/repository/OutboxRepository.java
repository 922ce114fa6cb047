package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.LockOptions;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEntity> {

    /**
     * One event to queue: its topic, key and JSON payload, the CloudEvents attributes the relay
     * sends as headers, and the W3C trace context it was queued in (null when none).
     */
    public record Registro(String topic, String clave, String payload, UUID ceId, String ceType,
                           OffsetDateTime ceTime, String ceDataschema, String traceparent, String tracestate) {
    }

    public void encolar(Registro registro) {
        var fila = new OutboxEntity();
        fila.topic = registro.topic();
        fila.clave = registro.clave();
        fila.payload = registro.payload();
        fila.creadoEn = OffsetDateTime.now();
        fila.ceId = registro.ceId();
        fila.ceType = registro.ceType();
        fila.ceTime = registro.ceTime();
        fila.ceDataschema = registro.ceDataschema();
        fila.traceparent = registro.traceparent();
        fila.tracestate = registro.tracestate();
        persist(fila);
    }

    /**
     * Locks the oldest pending records; SKIP LOCKED lets several instances relay in parallel. Read
     * only: they are marked published by {@link #marcarPublicados}, so Hibernate keeps no snapshot
     * of them to check at flush.
     */
    public List<OutboxEntity> pendientes(int limite) {
        return find("publicadoEn is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, limite)
                .list();
    }

    /** Marks the records published in one statement, not one per record. */
    public void marcarPublicados(Collection<Long> ids, OffsetDateTime publicadoEn) {
        if (!ids.isEmpty()) {
            update("publicadoEn = ?1 where id in ?2", publicadoEn, ids);
        }
    }

    /** The records still to relay and when the oldest was queued (null when none). */
    public record Atraso(long pendientes, OffsetDateTime masAntiguo) {
    }

    /** One aggregate over the pending records only (the partial index outbox_pendiente_idx). */
    public Atraso atraso() {
        Object[] fila = getEntityManager()
                .createQuery("select count(o), min(o.creadoEn) from OutboxEntity o where o.publicadoEn is null", Object[].class)
                .getSingleResult();
        return new Atraso((Long) fila[0], (OffsetDateTime) fila[1]);
    }
}
