package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CapturaRepository implements PanacheRepositoryBase<CapturaEntity, PeriodoId> {
    public List<CapturaEntity> delEjercicio(UUID indicadorId, int ejercicio) {
        return list("indicadorId = ?1 and ejercicio = ?2 order by trimestre", indicadorId, ejercicio);
    }
}
