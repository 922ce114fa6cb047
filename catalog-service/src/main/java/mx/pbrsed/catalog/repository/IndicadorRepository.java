package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IndicadorRepository implements PanacheRepositoryBase<IndicadorEntity, UUID> {
    public List<IndicadorEntity> delPrograma(UUID programaId) {
        return list("objetivo.programa.id = ?1 order by objetivo.nivel, nombre", programaId);
    }
}
