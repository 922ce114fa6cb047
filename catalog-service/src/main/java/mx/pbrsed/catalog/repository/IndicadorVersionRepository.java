package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IndicadorVersionRepository implements PanacheRepositoryBase<IndicadorVersionEntity, IndicadorVersionEntity.Clave> {

    public Optional<IndicadorVersionEntity> buscar(UUID indicadorId, int version) {
        return findByIdOptional(new IndicadorVersionEntity.Clave(indicadorId, version));
    }

    /** Oldest first. */
    public List<IndicadorVersionEntity> delIndicador(UUID indicadorId) {
        return list("indicadorId = ?1 order by version", indicadorId);
    }

    /** The latest version that had taken effect on fecha: a later one with the same date replaced it. */
    public Optional<IndicadorVersionEntity> vigenteEn(UUID indicadorId, LocalDate fecha) {
        return find("indicadorId = ?1 and vigenteDesde <= ?2 order by version desc", indicadorId, fecha)
                .firstResultOptional();
    }
}
