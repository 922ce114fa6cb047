package mx.pbrsed.capture.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

@ApplicationScoped
public class IdempotenciaRepository implements PanacheRepositoryBase<IdempotenciaEntity, String> {

    /**
     * Claims the key for this transaction. A concurrent request with the same key waits here
     * until the first commits (and then finds its answer) or rolls back (and then claims it).
     *
     * @return false if the key was already used
     */
    public boolean reservar(String clave, String operacion, String huella, OffsetDateTime ahora) {
        return getEntityManager().createNativeQuery("""
                        insert into idempotencia (clave, operacion, huella, creado_en) values (?1, ?2, ?3, ?4)
                        on conflict (clave) do nothing""")
                .setParameter(1, clave).setParameter(2, operacion).setParameter(3, huella).setParameter(4, ahora)
                .executeUpdate() == 1;
    }
}
