package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import mx.pbrsed.catalog.domain.TipoReferencia;

@ApplicationScoped
public class ReferenciaRepository implements PanacheRepositoryBase<ReferenciaEntity, ReferenciaEntity.Clave> {
    public Optional<ReferenciaEntity> buscar(TipoReferencia tipo, String clave) {
        return findByIdOptional(new ReferenciaEntity.Clave(tipo, clave));
    }

    public List<ReferenciaEntity> delTipo(TipoReferencia tipo) {
        return list("tipo = ?1 order by clave", tipo);
    }
}
