package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

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

    /**
     * Records the events in one statement (the caller holds their keys' locks).
     *
     * @return the ids that had not been applied before, each once
     */
    public Set<UUID> registrarTodos(Collection<UUID> eventIds) {
        Set<UUID> nuevos = new HashSet<>();
        if (eventIds.isEmpty()) {
            return nuevos;
        }
        OffsetDateTime ahora = OffsetDateTime.now();
        getEntityManager().unwrap(Session.class).doWork(conexion -> {
            try (PreparedStatement insert = conexion.prepareStatement("""
                    insert into evento_procesado (event_id, procesado_en)
                    select distinct event_id, ? from unnest(?) as event_id
                    on conflict (event_id) do nothing
                    returning event_id""")) {
                insert.setObject(1, ahora);
                insert.setArray(2, conexion.createArrayOf("uuid", eventIds.toArray()));
                try (ResultSet filas = insert.executeQuery()) {
                    while (filas.next()) {
                        nuevos.add(filas.getObject(1, UUID.class));
                    }
                }
            }
        });
        return nuevos;
    }
}
