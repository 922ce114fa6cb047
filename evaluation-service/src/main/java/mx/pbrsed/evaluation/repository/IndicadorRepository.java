package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IndicadorRepository implements PanacheRepositoryBase<IndicadorEntity, UUID> {

    /** The indicators in force (not RETIRADO) of the given programs of an ejercicio, at most {@code hasta}. */
    public List<IndicadorEntity> vigentesDeProgramas(int ejercicio, Collection<String> programas, int hasta) {
        return find("ejercicio = ?1 and programaClave in ?2 and estado <> 'RETIRADO' order by programaClave, nombre",
                ejercicio, programas).range(0, hasta - 1).list();
    }

    public List<IndicadorEntity> deIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<UUID> ids() {
        return getEntityManager().createQuery("select i.id from IndicadorEntity i order by i.id", UUID.class).getResultList();
    }

    /** At most {@code hasta}. */
    public List<IndicadorEntity> vigentesDelEjercicio(int ejercicio, int hasta) {
        return find("ejercicio = ?1 and estado <> 'RETIRADO' order by programaClave, nombre", ejercicio)
                .range(0, hasta - 1).list();
    }
}
