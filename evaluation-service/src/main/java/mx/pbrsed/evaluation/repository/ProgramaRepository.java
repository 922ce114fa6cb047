package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProgramaRepository implements PanacheRepositoryBase<ProgramaEntity, UUID> {

    public List<ProgramaEntity> porClave(int ejercicio, String clave) {
        return list("ejercicio = ?1 and clave = ?2", ejercicio, clave);
    }

    public List<ProgramaEntity> deUnidadResponsable(int ejercicio, String urClave) {
        return list("ejercicio = ?1 and urClave = ?2 order by clave", ejercicio, urClave);
    }

    public List<ProgramaEntity> deRamo(int ejercicio, String ramoClave) {
        return list("ejercicio = ?1 and ramoClave = ?2 order by clave", ejercicio, ramoClave);
    }

    public List<ProgramaEntity> delEjercicio(int ejercicio) {
        return list("ejercicio", ejercicio);
    }
}
