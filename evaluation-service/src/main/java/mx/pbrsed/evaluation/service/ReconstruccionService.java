package mx.pbrsed.evaluation.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.evaluation.messaging.RepeticionTopics;
import mx.pbrsed.evaluation.repository.ReplicaRepository;
import mx.pbrsed.evaluation.rest.model.Reconstruccion;
import mx.pbrsed.evaluation.rest.model.Reconstruccion.Origen;

/**
 * Rebuilds every result. Not one transaction: each indicator (or replayed event) commits on
 * its own, so a long rebuild holds no lock for long and the live consumers go on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ReconstruccionService {
    private final EvaluacionService evaluacion;
    private final ReplicaRepository replicas;
    private final RepeticionTopics repeticion;

    public ReconstruccionService(EvaluacionService evaluacion, ReplicaRepository replicas, RepeticionTopics repeticion) {
        this.evaluacion = evaluacion;
        this.replicas = replicas;
        this.repeticion = repeticion;
    }

    /** Recomputes each indicator from the replicas; results that come out the same are not touched. */
    public Reconstruccion desdeReplicas() {
        List<UUID> ids = evaluacion.indicadores();
        long cambiados = ids.stream().mapToLong(evaluacion::recalcular).sum();
        Log.infof("Reconstrucción desde las réplicas: %d indicadores, %d resultados cambiados", ids.size(), cambiados);
        return new Reconstruccion(Origen.REPLICAS, ids.size(), cambiados, null, null);
    }

    /** Empties the replicas and results, then applies every event of the topics again. */
    public Reconstruccion desdeTopics() {
        QuarkusTransaction.requiringNew().run(replicas::vaciar);
        RepeticionTopics.Repeticion repetidos = repeticion.repetirTodo();
        int indicadores = evaluacion.indicadores().size();
        Log.infof("Reconstrucción desde los topics: %d eventos (%d rechazados), %d indicadores",
                repetidos.leidos(), repetidos.rechazados(), indicadores);
        return new Reconstruccion(Origen.TOPICS, indicadores, null, repetidos.leidos(), repetidos.rechazados());
    }
}
