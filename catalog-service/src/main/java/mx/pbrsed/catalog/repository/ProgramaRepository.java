package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProgramaRepository implements PanacheRepositoryBase<ProgramaEntity, UUID> {
    public Optional<ProgramaEntity> buscar(int ejercicio, String clave) {
        return find("ejercicio = ?1 and clave = ?2", ejercicio, clave).firstResultOptional();
    }
}
