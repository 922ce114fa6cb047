package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgramaRepository implements PanacheRepositoryBase<ProgramaEntity, UUID> {
    public Optional<ProgramaEntity> buscar(int ejercicio, String clave) {
        return find("ejercicio = ?1 and clave = ?2", ejercicio, clave).firstResultOptional();
    }

    /**
     * Holds the programa until the transaction ends, so two requests that add to its MIR or its
     * indicators at once do not both take the same default clave, or both the one FIN.
     */
    public void bloquear(ProgramaEntity programa) {
        getEntityManager().lock(programa, LockModeType.PESSIMISTIC_WRITE);
    }
}
