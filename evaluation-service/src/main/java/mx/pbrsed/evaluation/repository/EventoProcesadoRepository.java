package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class EventoProcesadoRepository implements PanacheRepositoryBase<EventoProcesadoEntity, UUID> {

    /** Records the event; false when it had been applied already. */
    public boolean registrar(UUID eventId) {
        if (findByIdOptional(eventId).isPresent()) {
            return false;
        }
        var evento = new EventoProcesadoEntity();
        evento.eventId = eventId;
        evento.procesadoEn = OffsetDateTime.now();
        persist(evento);
        return true;
    }
}
