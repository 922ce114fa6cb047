package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CapturaRepository implements PanacheRepositoryBase<CapturaEntity, PeriodoId> {
    /** Every captura of the indicators, of every ejercicio. */
    public List<CapturaEntity> deIndicadores(Collection<UUID> indicadorIds) {
        return indicadorIds.isEmpty() ? List.of() : list("indicadorId in ?1", indicadorIds);
    }
}
