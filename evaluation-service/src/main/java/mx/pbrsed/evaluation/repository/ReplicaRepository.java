package mx.pbrsed.evaluation.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/** The tables that the topics rebuild: replicas, current results and the events applied. */
@ApplicationScoped
public class ReplicaRepository {

    /**
     * Empties them for a replay. The history and the outbox stay: what was known and announced
     * remains true of its time.
     */
    public void vaciar() {
        Panache.getEntityManager()
                .createNativeQuery("truncate indicador, captura, resultado, programa, devengado, evento_procesado")
                .executeUpdate();
    }
}
