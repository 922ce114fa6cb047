package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgramaRepository implements PanacheRepositoryBase<ProgramaEntity, UUID> {

    /** Locked, so concurrent devengados of one program get consecutive versions. */
    public Optional<ProgramaEntity> bloquear(int ejercicio, String clave) {
        return find("ejercicio = ?1 and clave = ?2", ejercicio, clave).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
