package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AlertaTempranaRepository implements PanacheRepositoryBase<AlertaTempranaEntity, PeriodoId> {

    public List<AlertaTempranaEntity> deIndicadores(Collection<UUID> indicadores) {
        return indicadores.isEmpty() ? List.of() : list("indicadorId in ?1", indicadores);
    }
}
