package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Transaction-scoped advisory locks on the key of what an event changes. The same key's events
 * may be applied in parallel (two topics of one indicator, several instances, a replay beside
 * the live consumers): without the lock each transaction misses the other's uncommitted row.
 * Taken first, so every later read sees the previous holder's commit.
 */
@ApplicationScoped
public class Cerrojos {

    public void bloquear(UUID id) {
        bloquear(id.getMostSignificantBits() ^ id.getLeastSignificantBits());
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
