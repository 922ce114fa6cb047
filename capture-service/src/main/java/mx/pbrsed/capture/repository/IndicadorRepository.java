package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IndicadorRepository implements PanacheRepositoryBase<IndicadorEntity, UUID> {

    /** Locks the indicators in id order, so that two batches over the same ones cannot deadlock. */
    public List<IndicadorEntity> bloquear(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<Integer> ejerciciosVigentes() {
        return getEntityManager().createQuery(
                        "select distinct i.ejercicio from IndicadorEntity i where i.estado = 'VIGENTE' order by 1", Integer.class)
                .getResultList();
    }
}
