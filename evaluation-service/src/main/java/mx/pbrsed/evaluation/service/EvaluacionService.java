package mx.pbrsed.evaluation.service;

import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.domain.Version;
import mx.pbrsed.evaluation.events.CapturaRegistradaEvent;
import mx.pbrsed.evaluation.events.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.mapping.ReplicaMapper;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.CapturaRepository;
import mx.pbrsed.evaluation.repository.Cerrojos;
import mx.pbrsed.evaluation.repository.EventoProcesadoRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.PeriodoId;

/**
 * Applies each event once, in the same transaction as the results it changes, so a redelivered or
 * replayed event changes nothing. Events come in batches (a poll of a topic): one transaction, a
 * few statements whatever the batch's size, and each event applied in its order against the
 * batch's state, exactly as if alone. Which version wins, what a result says and whether it
 * changed are the domain's rules ({@link Version}, {@link ValorResultado}, {@link Cambio}).
 */
@ApplicationScoped
@Transactional
public class EvaluacionService {
    private final Cerrojos cerrojos;
    private final EventoProcesadoRepository procesados;
    private final IndicadorRepository indicadores;
    private final CapturaRepository capturas;
    private final Lotes lotes;
    private final Event<CapturaEvaluada> evaluada;

    EvaluacionService(Cerrojos cerrojos, EventoProcesadoRepository procesados, IndicadorRepository indicadores,
                      CapturaRepository capturas, Lotes lotes, Event<CapturaEvaluada> evaluada) {
        this.cerrojos = cerrojos;
        this.procesados = procesados;
        this.indicadores = indicadores;
        this.capturas = capturas;
        this.lotes = lotes;
        this.evaluada = evaluada;
    }

    /**
     * A definition as the catalog published it, with its text, which is stored as is, and the
     * engine's model of it, built when it was read so that one the engine cannot take is refused
     * alone, before any batch.
     */
    public record DefinicionRecibida(IndicadorPublicadoEvent evento, DefinicionIndicador definicion, String payload) {
    }

    /** Applies the definitions in their order; one that fails rolls back the whole batch. */
    public void definicionesRecibidas(List<Recibido<DefinicionRecibida>> definiciones) {
        aplicarLote(definiciones, d -> d.evento().indicadorId(), d -> d.evento().eventId(), this::aplicar);
    }

    /** Applies the capturas in their order; one that fails rolls back the whole batch. */
    public void capturasRecibidas(List<Recibido<CapturaRegistradaEvent>> capturas) {
        aplicarLote(capturas, CapturaRegistradaEvent::indicadorId, CapturaRegistradaEvent::eventId, this::aplicar);
    }

    /**
     * Recomputes the indicators from the replicas, as their last events did, in one transaction;
     * part of a rebuild.
     *
     * @return how many of their results changed
     */
    public int recalcular(List<UUID> indicadorIds) {
        cerrojos.bloquearTodos(indicadorIds);
        Lote lote = lotes.abrir(Set.of(), new HashSet<>(indicadorIds));
        int cambiados = 0;
        for (UUID id : indicadorIds) {
            IndicadorEntity indicador = lote.indicadores.get(id);
            if (indicador != null) {
                cambiados += lotes.recalcular(lote, indicador, lote.definicion(indicador));
            }
        }
        lotes.cerrar(lote);
        return cambiados;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> indicadores() {
        return indicadores.ids();
    }

    /**
     * Locks the events' indicators, records the events (each applies once), loads for the
     * indicators of those not applied before everything their computation reads, applies each new
     * one in its own trace context, then writes what the batch added to the history and the outbox.
     */
    private <E> void aplicarLote(List<Recibido<E>> recibidos, Function<E, UUID> indicador, Function<E, UUID> eventId,
                                 BiConsumer<Lote, E> aplicacion) {
        List<E> eventos = recibidos.stream().map(Recibido::evento).toList();
        cerrojos.bloquearTodos(eventos.stream().map(indicador).toList());
        Set<UUID> nuevos = procesados.registrarTodos(eventos.stream().map(eventId).distinct().toList());
        Lote lote = lotes.abrir(nuevos, eventos.stream().filter(e -> nuevos.contains(eventId.apply(e))).map(indicador)
                .collect(Collectors.toSet()));
        for (Recibido<E> recibido : recibidos) {
            if (lote.nuevo(eventId.apply(recibido.evento()))) {
                try (Scope traza = recibido.contexto().makeCurrent()) {
                    aplicacion.accept(lote, recibido.evento());
                }
            }
        }
        lotes.cerrar(lote);
    }

    private void aplicar(Lote lote, DefinicionRecibida recibida) {
        IndicadorPublicadoEvent evento = recibida.evento();
        IndicadorEntity indicador = lote.indicadores.get(evento.indicadorId());
        Version vigente = indicador == null ? null : Version.de(indicador.version);
        if (!Version.de(evento.version()).reemplaza(vigente)) {
            Log.debugf("Definición %s v%d ignorada: ya se tiene %s", evento.indicadorId(), evento.version(), vigente);
            return;
        }
        boolean nuevo = indicador == null;
        if (nuevo) {
            indicador = new IndicadorEntity();
            indicador.id = evento.indicadorId();
        }
        ReplicaMapper.actualizar(indicador, evento, recibida.payload());
        if (nuevo) {
            // Hibernate snapshots the state at persist: persist once every column is set.
            indicadores.persist(indicador);
            lote.indicadores.put(indicador.id, indicador);
        }
        lote.definicion(indicador.id, recibida.definicion());
        lotes.recalcular(lote, indicador, recibida.definicion());
    }

    private void aplicar(Lote lote, CapturaRegistradaEvent evento) {
        var periodo = new PeriodoId(evento.indicadorId(), evento.ejercicio(), evento.trimestre());
        CapturaEntity captura = lote.capturas.get(periodo);
        if (!ReplicaMapper.version(evento).reemplaza(ReplicaMapper.version(captura))) {
            Log.debugf("Captura %s %s ignorada: ya se tiene %s", periodo, ReplicaMapper.version(evento),
                    ReplicaMapper.version(captura));
            return;
        }
        boolean nueva = captura == null;
        if (nueva) {
            captura = new CapturaEntity();
            captura.indicadorId = periodo.indicadorId();
            captura.ejercicio = periodo.ejercicio();
            captura.trimestre = periodo.trimestre();
        }
        ReplicaMapper.actualizar(captura, evento);
        if (nueva) {
            capturas.persist(captura);
            lote.agregar(captura);
        }
        // A captura may arrive before its definition; the definition's arrival computes it then.
        IndicadorEntity indicador = lote.indicadores.get(evento.indicadorId());
        if (indicador != null) {
            lotes.recalcular(lote, indicador, lote.definicion(indicador));
            evaluada.fire(new CapturaEvaluada(evento.capturadoEn()));
        }
    }
}
