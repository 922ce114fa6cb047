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

    /** At most {@code hasta}, as the next two. */
    public List<ProgramaEntity> deUnidadResponsable(int ejercicio, String urClave, int hasta) {
        return find("ejercicio = ?1 and urClave = ?2 order by clave", ejercicio, urClave).range(0, hasta - 1).list();
    }

    public List<ProgramaEntity> deRamo(int ejercicio, String ramoClave, int hasta) {
        return find("ejercicio = ?1 and ramoClave = ?2 order by clave", ejercicio, ramoClave).range(0, hasta - 1).list();
    }

    public List<ProgramaEntity> delEjercicio(int ejercicio, int hasta) {
        return find("ejercicio = ?1 order by clave", ejercicio).range(0, hasta - 1).list();
    }
}
