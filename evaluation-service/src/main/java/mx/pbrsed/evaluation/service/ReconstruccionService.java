package mx.pbrsed.evaluation.service;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.evaluation.repository.ReconstruccionEntity;
import mx.pbrsed.evaluation.repository.ReconstruccionRepository;
import mx.pbrsed.evaluation.repository.ReplicaRepository;
import mx.pbrsed.platform.seguridad.Solicitante;

/**
 * Rebuilds every result. Not one transaction: each chunk of indicators (or batch of replayed
 * events) commits on its own, so a long rebuild holds no lock for long and the live consumers go on.
 * Who asked is recorded before it starts, so a rebuild that fails half-way is on record too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ReconstruccionService {
    /** Indicators recomputed per transaction. */
    static final int POR_TRANSACCION = 500;

    private final EvaluacionService evaluacion;
    private final ReplicaRepository replicas;
    private final RepeticionDeEventos repeticion;
    private final ReconstruccionRepository registros;

    public ReconstruccionService(EvaluacionService evaluacion, ReplicaRepository replicas, RepeticionDeEventos repeticion,
                                 ReconstruccionRepository registros) {
        this.evaluacion = evaluacion;
        this.replicas = replicas;
        this.repeticion = repeticion;
        this.registros = registros;
    }

    /** Recomputes each indicator from the replicas; results that come out the same are not touched. */
    public ReconstruccionHecha desdeReplicas(Solicitante solicitante) {
        String solicitadoPor = solicitante.sujeto();
        ReconstruccionEntity registro = iniciar("REPLICAS", solicitadoPor);
        List<UUID> ids = evaluacion.indicadores();
        long cambiados = 0;
        for (int desde = 0; desde < ids.size(); desde += POR_TRANSACCION) {
            cambiados += evaluacion.recalcular(ids.subList(desde, Math.min(ids.size(), desde + POR_TRANSACCION)));
        }
        Log.infof("Reconstrucción desde las réplicas pedida por %s: %d indicadores, %d resultados cambiados",
                solicitadoPor, ids.size(), cambiados);
        return terminar(registro, ids.size(), cambiados, null, null);
    }

    /** Empties the replicas and results, then applies every event of the topics again. */
    public ReconstruccionHecha desdeTopics(Solicitante solicitante) {
        String solicitadoPor = solicitante.sujeto();
        ReconstruccionEntity registro = iniciar("TOPICS", solicitadoPor);
        QuarkusTransaction.requiringNew().run(replicas::vaciar);
        RepeticionDeEventos.Repeticion repetidos = repeticion.repetirTodo();
        int indicadores = evaluacion.indicadores().size();
        Log.infof("Reconstrucción desde los topics pedida por %s: %d eventos (%d rechazados), %d indicadores",
                solicitadoPor, repetidos.leidos(), repetidos.rechazados(), indicadores);
        return terminar(registro, indicadores, null, repetidos.leidos(), repetidos.rechazados());
    }

    private ReconstruccionEntity iniciar(String origen, String solicitadoPor) {
        var registro = new ReconstruccionEntity();
        registro.origen = origen;
        registro.solicitadoPor = solicitadoPor;
        // Microseconds, as the column keeps them: the answer and the record say the same instant.
        registro.solicitadoEn = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> registros.persist(registro));
        return registro;
    }

    private ReconstruccionHecha terminar(ReconstruccionEntity registro, int indicadores, Long cambiados, Long leidos,
                                    Long rechazados) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReconstruccionEntity terminado = registros.findById(registro.id);
            terminado.terminadoEn = OffsetDateTime.now();
            terminado.indicadores = indicadores;
            terminado.resultadosCambiados = cambiados;
            terminado.eventosLeidos = leidos;
            terminado.eventosRechazados = rechazados;
        });
        return new ReconstruccionHecha(registro.solicitadoPor, registro.solicitadoEn, indicadores, cambiados, leidos,
                rechazados);
    }
}
