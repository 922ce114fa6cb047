package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ResultadoRepository implements PanacheRepositoryBase<ResultadoEntity, PeriodoId> {
    public List<ResultadoEntity> delIndicador(UUID indicadorId) {
        return list("indicadorId = ?1 order by ejercicio, trimestre", indicadorId);
    }

    public List<ResultadoEntity> deIndicadores(Collection<UUID> indicadores, int ejercicio) {
        return list("indicadorId in ?1 and ejercicio = ?2", indicadores, ejercicio);
    }
}
