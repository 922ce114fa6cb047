package mx.pbrsed.catalog.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class IndicadorConCapturaRepository implements PanacheRepositoryBase<IndicadorConCapturaEntity, UUID> {

    /** Idempotent: a second captura, or the same event again, changes nothing. */
    public void registrar(UUID indicadorId) {
        if (findByIdOptional(indicadorId).isEmpty()) {
            var registro = new IndicadorConCapturaEntity();
            registro.indicadorId = indicadorId;
            registro.registradaEn = OffsetDateTime.now();
            persist(registro);
        }
    }

    public boolean tieneCapturas(UUID indicadorId) {
        return findByIdOptional(indicadorId).isPresent();
    }
}
