package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.LockOptions;

@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEntity> {

    public void encolar(String topic, String clave, String payload) {
        var registro = new OutboxEntity();
        registro.topic = topic;
        registro.clave = clave;
        registro.payload = payload;
        registro.creadoEn = OffsetDateTime.now();
        persist(registro);
    }

    /** Locks the oldest pending records; SKIP LOCKED lets several instances relay in parallel. */
    public List<OutboxEntity> pendientes(int limite) {
        return find("publicadoEn is null order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .page(0, limite)
                .list();
    }
}
