package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.pbrsed.capture.domain.EvidenciaAdjunta;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class EvidenciaRepository implements PanacheRepositoryBase<EvidenciaEntity, UUID> {

    /** The period's files, oldest first, without loading their content. */
    public List<EvidenciaAdjunta> delPeriodo(UUID indicadorId, int ejercicio, int trimestre) {
        return getEntityManager().createQuery("""
                        select new mx.pbrsed.capture.domain.EvidenciaAdjunta(e.id, e.capturaId,
                               e.capturaVersion, e.nombre, e.tipoContenido, e.tamano, e.sha256, e.subidoPor, e.subidoEn)
                        from EvidenciaEntity e
                        where e.indicadorId = ?1 and e.ejercicio = ?2 and e.trimestre = ?3
                        order by e.subidoEn, e.id""", EvidenciaAdjunta.class)
                .setParameter(1, indicadorId).setParameter(2, ejercicio).setParameter(3, trimestre)
                .getResultList();
    }

    public long contarDelPeriodo(UUID indicadorId, int ejercicio, int trimestre) {
        return count("indicadorId = ?1 and ejercicio = ?2 and trimestre = ?3", indicadorId, ejercicio, trimestre);
    }

    /** The files attached to one captura version, without their content: part of what its hash covers. */
    public List<EvidenciaAdjunta> deCaptura(UUID capturaId) {
        return getEntityManager().createQuery("""
                        select new mx.pbrsed.capture.domain.EvidenciaAdjunta(e.id, e.capturaId,
                               e.capturaVersion, e.nombre, e.tipoContenido, e.tamano, e.sha256, e.subidoPor, e.subidoEn)
                        from EvidenciaEntity e where e.capturaId = ?1""", EvidenciaAdjunta.class)
                .setParameter(1, capturaId).getResultList();
    }

    /** A file with its content, read-only: a download never changes it. */
    public Optional<EvidenciaEntity> delPeriodo(UUID indicadorId, int ejercicio, int trimestre, UUID id) {
        return find("id = ?1 and indicadorId = ?2 and ejercicio = ?3 and trimestre = ?4", id, indicadorId, ejercicio, trimestre)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .firstResultOptional();
    }
}
