package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IndicadorVersionRepository implements PanacheRepositoryBase<IndicadorVersionEntity, IndicadorVersionEntity.Clave> {
}
