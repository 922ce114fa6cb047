package mx.pbrsed.platform.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.LockOptions;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/** The outbox table each service keeps in its own schema (same name and shape in the three). */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEntity> {

    /**
     * One event to queue: its topic, key and JSON payload, the CloudEvents attributes the relay
     * sends as headers, and the W3C trace context it was queued in (null when none).
     */
    public record Registro(String topic, String clave, String payload, UUID ceId, String ceType,
                           OffsetDateTime ceTime, String ceDataschema, String traceparent, String tracestate) {
    }

    /**
     * Plain JDBC batch inserts on the transaction's connection, in the given order: the identity
     * key would make Hibernate insert one row per round trip, and a bulk import queues thousands.
     */
    public void encolar(List<Registro> registros) {
        if (registros.isEmpty()) {
            return;
        }
        OffsetDateTime ahora = OffsetDateTime.now();
        getEntityManager().unwrap(Session.class).doWork(conexion -> {
            try (PreparedStatement insert = conexion.prepareStatement("""
                    insert into outbox (topic, clave, payload, creado_en, ce_id, ce_type, ce_time, ce_dataschema,
                        traceparent, tracestate)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Registro registro : registros) {
                    insert.setString(1, registro.topic());
                    insert.setString(2, registro.clave());
                    insert.setString(3, registro.payload());
                    insert.setObject(4, ahora);
                    insert.setObject(5, registro.ceId());
                    insert.setString(6, registro.ceType());
                    insert.setObject(7, registro.ceTime());
                    insert.setString(8, registro.ceDataschema());
                    insert.setString(9, registro.traceparent());
                    insert.setString(10, registro.tracestate());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Locks the oldest pending records (neither published nor set aside); SKIP LOCKED lets several instances relay in parallel. Read
     * only: they are marked published by {@link #marcarPublicados}, so Hibernate keeps no snapshot
     * of them to check at flush.
     */
    public List<OutboxEntity> pendientes(int limite) {
        return find("publicadoEn is null and descartadoEn is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, limite)
                .list();
    }

    /**
     * The keys ("topic\0clave") of {@code lote} that have an older pending record outside it. The
     * lote holds the oldest pending records no one else had locked, so such a record is held by
     * another instance's relay (SKIP LOCKED passed it by), which has yet to send it: this relay must
     * leave that key's records for a later run, or a newer version of a key could reach its
     * partition before an older one. Per key, ids follow commit order: each service writes a key's
     * events under that key's lock.
     */
    public Set<String> clavesRetenidas(List<OutboxEntity> lote) {
        if (lote.isEmpty()) {
            return Set.of();
        }
        Long[] ids = lote.stream().map(r -> r.id).toArray(Long[]::new);
        String[] claves = lote.stream().map(r -> r.clave).distinct().toArray(String[]::new);
        long ultimo = lote.stream().mapToLong(r -> r.id).max().orElseThrow();
        Set<String> retenidas = new HashSet<>();
        getEntityManager().unwrap(Session.class).doWork(conexion -> {
            try (PreparedStatement consulta = conexion.prepareStatement("""
                    select distinct topic, clave from outbox
                     where publicado_en is null and descartado_en is null and id < ?
                       and clave = any(?) and id <> all(?)""")) {
                consulta.setLong(1, ultimo);
                consulta.setArray(2, conexion.createArrayOf("varchar", claves));
                consulta.setArray(3, conexion.createArrayOf("bigint", ids));
                try (ResultSet filas = consulta.executeQuery()) {
                    while (filas.next()) {
                        retenidas.add(clave(filas.getString(1), filas.getString(2)));
                    }
                }
            }
        });
        return retenidas;
    }

    /** A record's key as {@link #clavesRetenidas} names it. */
    public static String clave(String topic, String clave) {
        return topic + '\0' + clave;
    }

    /** Marks the records published in one statement, not one per record. */
    public void marcarPublicados(Collection<Long> ids, OffsetDateTime publicadoEn) {
        if (!ids.isEmpty()) {
            update("publicadoEn = ?1 where id in ?2", publicadoEn, ids);
        }
    }

    /** Sets a record aside for good: it stays in the table with why, and is never offered again. */
    public void marcarDescartado(long id, String razon, OffsetDateTime descartadoEn) {
        update("descartadoEn = ?1, razonDescarte = ?2 where id = ?3", descartadoEn, razon, id);
    }

    /** The records still to relay and when the oldest was queued (null when none). */
    public record Atraso(long pendientes, OffsetDateTime masAntiguo) {
    }

    /** One aggregate over the pending records only (the partial index outbox_pendiente_idx). */
    public Atraso atraso() {
        Object[] fila = getEntityManager()
                .createQuery("select count(o), min(o.creadoEn) from OutboxEntity o where o.publicadoEn is null and o.descartadoEn is null", Object[].class)
                .getSingleResult();
        return new Atraso((Long) fila[0], (OffsetDateTime) fila[1]);
    }
}
