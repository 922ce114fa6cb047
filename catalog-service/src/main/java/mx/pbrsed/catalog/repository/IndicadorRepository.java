package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IndicadorRepository implements PanacheRepositoryBase<IndicadorEntity, UUID> {
    /** By MIR level (FIN first, as Nivel declares it; the column holds names, which sort otherwise), then nombre. */
    public List<IndicadorEntity> delPrograma(UUID programaId) {
        return list("objetivo.programa.id = ?1 order by nombre", programaId).stream()
                .sorted(Comparator.comparing((IndicadorEntity i) -> i.objetivo.nivel))
                .toList();
    }
}
