package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.evaluation.domain.Color;

@ApplicationScoped
public class ResultadoRepository implements PanacheRepositoryBase<ResultadoEntity, PeriodoId> {
    public List<ResultadoEntity> delIndicador(UUID indicadorId) {
        return list("indicadorId = ?1 order by ejercicio, trimestre", indicadorId);
    }

    /** Every result of the indicators, of every ejercicio. */
    public List<ResultadoEntity> deIndicadores(Collection<UUID> indicadores) {
        return indicadores.isEmpty() ? List.of() : list("indicadorId in ?1", indicadores);
    }

    public List<ResultadoEntity> deIndicadores(Collection<UUID> indicadores, int ejercicio) {
        return list("indicadorId in ?1 and ejercicio = ?2", indicadores, ejercicio);
    }

    /** How many current results a period has of one semáforo colour; null: results without one. */
    public record PorSemaforo(int ejercicio, int trimestre, Color semaforo, long resultados) {
    }

    public List<PorSemaforo> porSemaforo() {
        return getEntityManager().createQuery("select r.ejercicio, r.trimestre, r.valor.semaforo, count(r)"
                        + " from ResultadoEntity r group by r.ejercicio, r.trimestre, r.valor.semaforo", Object[].class)
                .getResultStream()
                .map(f -> new PorSemaforo((Integer) f[0], (Integer) f[1], (Color) f[2], (Long) f[3]))
                .toList();
    }
}
