package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class IndicadorRepository implements PanacheRepositoryBase<IndicadorEntity, UUID> {

    /**
     * Holds the indicator's lock until the current transaction ends. Its definition and its
     * capturas arrive on two topics consumed in parallel (and possibly by several instances):
     * without the lock, each transaction misses the other's uncommitted row and the result is
     * never computed. Called first, so every later read sees the previous holder's commit.
     */
    public void bloquear(UUID indicadorId) {
        long clave = indicadorId.getMostSignificantBits() ^ indicadorId.getLeastSignificantBits();
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(?1)")
                .setParameter(1, clave)
                .getSingleResult();
    }
}
