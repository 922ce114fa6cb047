package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MetaModificacionRepository implements PanacheRepository<MetaModificacionEntity> {
    /** Oldest first. */
    public List<MetaModificacionEntity> delIndicador(UUID indicadorId) {
        return list("indicadorId = ?1 order by id", indicadorId);
    }
}
