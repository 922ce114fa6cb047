package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DevengadoRepository implements PanacheRepositoryBase<DevengadoEntity, UUID> {

    public List<DevengadoEntity> versiones(int ejercicio, String programaClave, int trimestre) {
        return list("ejercicio = ?1 and programaClave = ?2 and trimestre = ?3 order by version",
                ejercicio, programaClave, trimestre);
    }
}
