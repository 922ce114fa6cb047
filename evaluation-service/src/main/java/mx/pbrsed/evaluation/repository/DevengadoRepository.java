package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class DevengadoRepository implements PanacheRepositoryBase<DevengadoEntity, DevengadoId> {

    public List<DevengadoEntity> deProgramas(int ejercicio, Collection<String> programas, int trimestre) {
        return list("ejercicio = ?1 and programaClave in ?2 and trimestre = ?3", ejercicio, programas, trimestre);
    }
}
