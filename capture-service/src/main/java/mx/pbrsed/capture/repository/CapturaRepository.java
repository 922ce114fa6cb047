package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CapturaRepository implements PanacheRepositoryBase<CapturaEntity, UUID> {

    public Optional<CapturaEntity> ultimaVersion(UUID indicadorId, int ejercicio, int trimestre) {
        return find("indicadorId = ?1 and ejercicio = ?2 and trimestre = ?3 order by version desc",
                indicadorId, ejercicio, trimestre).firstResultOptional();
    }

    /** The latest version of every period of the indicators, keyed by {@link #periodo}. */
    public Map<String, Integer> ultimasVersiones(Collection<UUID> indicadorIds) {
        if (indicadorIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("""
                        select c.indicadorId, c.ejercicio, c.trimestre, max(c.version) from CapturaEntity c
                        where c.indicadorId in :ids group by c.indicadorId, c.ejercicio, c.trimestre""", Object[].class)
                .setParameter("ids", indicadorIds)
                .getResultStream()
                .collect(Collectors.toMap(f -> periodo((UUID) f[0], (Integer) f[1], (Integer) f[2]), f -> (Integer) f[3]));
    }

    public static String periodo(UUID indicadorId, int ejercicio, int trimestre) {
        return indicadorId + "/" + ejercicio + "/" + trimestre;
    }

    public List<CapturaEntity> versiones(UUID indicadorId, int ejercicio, int trimestre) {
        return list("indicadorId = ?1 and ejercicio = ?2 and trimestre = ?3 order by version",
                indicadorId, ejercicio, trimestre);
    }
}
