package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CapturaRepository implements PanacheRepositoryBase<CapturaEntity, UUID> {

    public Optional<CapturaEntity> ultimaVersion(UUID indicadorId, int ejercicio, int trimestre) {
        return find("indicadorId = ?1 and ejercicio = ?2 and trimestre = ?3 order by version desc",
                indicadorId, ejercicio, trimestre).firstResultOptional();
    }

    public List<CapturaEntity> versiones(UUID indicadorId, int ejercicio, int trimestre) {
        return list("indicadorId = ?1 and ejercicio = ?2 and trimestre = ?3 order by version",
                indicadorId, ejercicio, trimestre);
    }
}
