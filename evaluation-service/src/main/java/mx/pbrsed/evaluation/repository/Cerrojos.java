package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Transaction-scoped advisory locks on the key of what an event changes. The same key's events
 * may be applied in parallel (two topics of one indicator, several instances, a replay beside
 * the live consumers): without the lock each transaction misses the other's uncommitted row.
 * Taken first, so every later read sees the previous holder's commit.
 */
@ApplicationScoped
public class Cerrojos {

    public void bloquear(UUID id) {
        bloquear(clave(id));
    }

    /**
     * Locks every id's key in one round trip, in ascending key order: two transactions that
     * lock overlapping sets this way wait for each other instead of deadlocking.
     */
    public void bloquearTodos(Collection<UUID> ids) {
        Long[] claves = ids.stream().map(Cerrojos::clave).distinct().sorted().toArray(Long[]::new);
        if (claves.length == 0) {
            return;
        }
        Panache.getEntityManager().unwrap(Session.class).doWork(conexion -> {
            // unnest yields the array in order, and the aggregate takes the locks as it reads it
            try (PreparedStatement consulta = conexion.prepareStatement(
                    "select count(pg_advisory_xact_lock(clave)) from unnest(?) as clave")) {
                consulta.setArray(1, conexion.createArrayOf("bigint", claves));
                consulta.executeQuery().close();
            }
        });
    }

    private static long clave(UUID id) {
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
    }

    public void bloquear(String clave) {
        Panache.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, clave)
                .getSingleResult();
    }

    private void bloquear(long clave) {
        Panache.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, clave)
                .getSingleResult();
    }
}
