package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.context.Scope;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.pbrsed.evaluation.config.TopicsConfig;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.domain.MotorEvaluacion;
import mx.pbrsed.evaluation.domain.Resultado;
import mx.pbrsed.evaluation.mapping.DefinicionMapper;
import mx.pbrsed.evaluation.mapping.ResultadoMapper;
import mx.pbrsed.evaluation.messaging.CapturaRegistradaEvent;
import mx.pbrsed.platform.outbox.EventoPublisher;
import mx.pbrsed.evaluation.messaging.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.messaging.ResultadoCambiadoEvent;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.CapturaRepository;
import mx.pbrsed.evaluation.repository.Cerrojos;
import mx.pbrsed.evaluation.repository.EventoProcesadoRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.platform.outbox.OutboxRepository;
import mx.pbrsed.evaluation.repository.PeriodoId;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.repository.ResultadoHistorialRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.repository.ValorResultado;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;

/**
 * Applies each event once, in the same transaction as the results it changes, so a
 * redelivered or replayed event changes nothing and an older version never wins. Events come in
 * batches (a poll of a topic): one transaction, a few statements whatever the batch's size, and
 * each event applied in its order against the batch's state, exactly as if alone.
 */
@ApplicationScoped
@Transactional
public class EvaluacionService {
    private final MotorEvaluacion motor = new MotorEvaluacion();
    private final Cerrojos cerrojos;
    private final IndicadorRepository indicadores;
    private final CapturaRepository capturas;
    private final ResultadoRepository resultados;
    private final ResultadoHistorialRepository historial;
    private final EventoProcesadoRepository procesados;
    private final EventoPublisher publicador;
    private final TopicsConfig topics;
    private final ObjectMapper json;
    private final Event<CapturaEvaluada> evaluada;

    public EvaluacionService(Cerrojos cerrojos, IndicadorRepository indicadores, CapturaRepository capturas, ResultadoRepository resultados,
                             ResultadoHistorialRepository historial, EventoProcesadoRepository procesados,
                             EventoPublisher publicador, TopicsConfig topics, ObjectMapper json, Event<CapturaEvaluada> evaluada) {
        this.cerrojos = cerrojos;
        this.indicadores = indicadores;
        this.capturas = capturas;
        this.resultados = resultados;
        this.historial = historial;
        this.procesados = procesados;
        this.publicador = publicador;
        this.topics = topics;
        this.json = json;
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
        aplicarLote(definiciones, d -> d.evento().indicadorId(), d -> d.evento().eventId(),
                (lote, d) -> aplicar(lote, d.evento(), d.definicion(), d.payload()));
    }

    /** Applies the capturas in their order; one that fails rolls back the whole batch. */
    public void capturasRecibidas(List<Recibido<CapturaRegistradaEvent>> capturas) {
        aplicarLote(capturas, CapturaRegistradaEvent::indicadorId, CapturaRegistradaEvent::eventId, this::aplicar);
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
        var lote = new Lote(nuevos);
        cargar(lote, eventos.stream().filter(e -> nuevos.contains(eventId.apply(e))).map(indicador).collect(Collectors.toSet()));
        for (Recibido<E> recibido : recibidos) {
            if (lote.nuevo(eventId.apply(recibido.evento()))) {
                try (Scope traza = recibido.contexto().makeCurrent()) {
                    aplicacion.accept(lote, recibido.evento());
                }
            }
        }
        cerrar(lote);
    }

    private void cargar(Lote lote, Set<UUID> ids) {
        indicadores.deIds(ids).forEach(i -> lote.indicadores.put(i.id, i));
        capturas.deIndicadores(ids).forEach(lote::agregar);
        resultados.deIndicadores(ids).forEach(r -> lote.resultados.put(new PeriodoId(r.indicadorId, r.ejercicio, r.trimestre), r));
    }

    /** Writes what the batch added to the history and the outbox; Hibernate flushes the rest at commit. */
    private void cerrar(Lote lote) {
        historial.registrarTodos(lote.cambios);
        publicador.encolar(lote.salientes);
    }

    private void aplicar(Lote lote, IndicadorPublicadoEvent evento, DefinicionIndicador definicion, String payload) {
        IndicadorEntity indicador = lote.indicadores.get(evento.indicadorId());
        if (indicador != null && indicador.version >= evento.version()) {
            Log.debugf("Definición %s v%d ignorada: ya se tiene v%d", evento.indicadorId(), evento.version(), indicador.version);
            return;
        }
        boolean nuevo = indicador == null;
        if (nuevo) {
            indicador = new IndicadorEntity();
            indicador.id = evento.indicadorId();
        }
        indicador.version = evento.version();
        indicador.estado = evento.estado();
        indicador.ejercicio = evento.programa().ejercicio();
        indicador.programaClave = evento.programa().clave();
        indicador.nivel = evento.nivel();
        indicador.nombre = evento.nombre();
        indicador.tipo = evento.tipo();
        indicador.dimension = evento.dimension();
        indicador.comportamiento = evento.comportamiento();
        indicador.frecuencia = evento.frecuencia();
        indicador.unidadMedida = evento.unidadMedida();
        indicador.definicion = payload;
        indicador.actualizadoEn = OffsetDateTime.now();
        if (nuevo) {
            // Hibernate snapshots the state at persist: persist once every column is set.
            indicadores.persist(indicador);
            lote.indicadores.put(indicador.id, indicador);
        }
        lote.definiciones.put(indicador.id, definicion);
        recalcular(lote, indicador, definicion);
    }

    private void aplicar(Lote lote, CapturaRegistradaEvent evento) {
        var periodo = new PeriodoId(evento.indicadorId(), evento.ejercicio(), evento.trimestre());
        CapturaEntity captura = lote.capturas.get(periodo);
        if (captura != null && (captura.version > evento.version()
                || captura.version == evento.version() && captura.revision >= evento.revision())) {
            Log.debugf("Captura %s v%d.%d ignorada: ya se tiene v%d.%d", periodo, evento.version(), evento.revision(),
                    captura.version, captura.revision);
            return;
        }
        boolean nueva = captura == null;
        if (nueva) {
            captura = new CapturaEntity();
            captura.indicadorId = periodo.indicadorId();
            captura.ejercicio = periodo.ejercicio();
            captura.trimestre = periodo.trimestre();
        }
        captura.version = evento.version();
        captura.revision = evento.revision();
        captura.capturaId = evento.capturaId();
        captura.estado = evento.estado();
        captura.valores = evento.valoresPorMes();
        captura.preliminar = evento.preliminar();
        captura.tardia = evento.tardia();
        captura.justificacionVariacion = evento.justificacionVariacion();
        captura.capturadoEn = evento.capturadoEn();
        if (nueva) {
            capturas.persist(captura);
            lote.agregar(captura);
        }
        // A captura may arrive before its definition; the definition's arrival computes it then.
        IndicadorEntity indicador = lote.indicadores.get(evento.indicadorId());
        if (indicador != null) {
            recalcular(lote, indicador, lote.definicion(indicador));
            evaluada.fire(new CapturaEvaluada(evento.capturadoEn()));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResultadosIndicador> resultados(UUID indicadorId) {
        return indicadores.findByIdOptional(indicadorId)
                .map(indicador -> ResultadoMapper.aModelo(indicador, resultados.delIndicador(indicadorId)));
    }

    /** The results as they were known at {@code instante}: none for periods not yet computed then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResultadosIndicador> resultados(UUID indicadorId, OffsetDateTime instante) {
        return indicadores.findByIdOptional(indicadorId)
                .map(indicador -> ResultadoMapper.aModeloHistorico(indicador, historial.conocidosEn(indicadorId, instante)));
    }

    /**
     * Recomputes the indicators from the replicas, as their last events did, in one transaction;
     * part of a rebuild.
     *
     * @return how many of their results changed
     */
    public int recalcular(List<UUID> indicadorIds) {
        cerrojos.bloquearTodos(indicadorIds);
        var lote = new Lote(Set.of());
        cargar(lote, new HashSet<>(indicadorIds));
        int cambiados = 0;
        for (UUID id : indicadorIds) {
            IndicadorEntity indicador = lote.indicadores.get(id);
            if (indicador != null) {
                cambiados += recalcular(lote, indicador, lote.definicion(indicador));
            }
        }
        cerrar(lote);
        return cambiados;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> indicadores() {
        return indicadores.ids();
    }

    /** Upserts only the results that changed, keeps each change in the history and announces it. */
    private int recalcular(Lote lote, IndicadorEntity indicador, DefinicionIndicador definicion) {
        List<CapturaEntity> delEjercicio = lote.capturasDe(indicador.id).stream()
                .filter(c -> c.ejercicio == indicador.ejercicio)
                .sorted(Comparator.comparingInt(c -> c.trimestre))
                .toList();
        Map<Integer, CapturaEntity> porTrimestre = delEjercicio.stream()
                .collect(Collectors.toMap(c -> c.trimestre, Function.identity()));
        List<Resultado> calculados = motor.evaluarEjercicio(definicion,
                delEjercicio.stream().map(DefinicionMapper::aDominio).toList());
        OffsetDateTime ahora = OffsetDateTime.now();
        int cambiados = 0;
        for (Resultado calculado : calculados) {
            var periodo = new PeriodoId(indicador.id, indicador.ejercicio, calculado.trimestre());
            ValorResultado valor = valor(indicador, calculado, porTrimestre.get(calculado.trimestre()));
            ResultadoEntity resultado = lote.resultados.get(periodo);
            if (resultado != null && resultado.valor.equivalente(valor)) {
                continue;
            }
            boolean nuevo = resultado == null;
            ValorResultado anterior = nuevo ? null : resultado.valor;
            if (nuevo) {
                resultado = new ResultadoEntity();
                resultado.indicadorId = periodo.indicadorId();
                resultado.ejercicio = periodo.ejercicio();
                resultado.trimestre = periodo.trimestre();
            }
            resultado.valor = valor;
            resultado.calculadoEn = ahora;
            if (nuevo) {
                resultados.persist(resultado);
                lote.resultados.put(periodo, resultado);
            }
            lote.cambios.add(new ResultadoHistorialRepository.Cambio(periodo, valor, ahora));
            if (!valor.mismasCifras(anterior)) {
                lote.salientes.add(cambio(resultado, anterior));
            }
            cambiados++;
        }
        return cambiados;
    }

    private OutboxRepository.Registro cambio(ResultadoEntity resultado, ValorResultado anterior) {
        ValorResultado valor = resultado.valor;
        Color semaforoAnterior = anterior == null ? null : anterior.semaforo();
        var evento = new ResultadoCambiadoEvent(ResultadoCambiadoEvent.SCHEMA_VERSION, UUID.randomUUID(),
                resultado.calculadoEn, resultado.indicadorId, resultado.ejercicio, resultado.trimestre, valor.estado(),
                valor.logro(), valor.metaProgramada(), valor.avancePorcentaje(), valor.semaforo(), semaforoAnterior,
                valor.semaforo() != semaforoAnterior, valor.definicionVersion(), valor.capturaVersion());
        return publicador.preparar(topics.evaluaciones(), resultado.indicadorId.toString(), evento);
    }

    private static ValorResultado valor(IndicadorEntity indicador, Resultado calculado, CapturaEntity captura) {
        boolean faltaJustificacion = calculado.estado() == EstadoResultado.CALCULADO
                && calculado.semaforo() != Color.VERDE
                && (captura == null || captura.justificacionVariacion == null || captura.justificacionVariacion.isBlank());
        return new ValorResultado(calculado.estado(), calculado.logro(), calculado.metaProgramada(),
                calculado.avancePorcentaje(), calculado.semaforo(), calculado.trazaLogro(), calculado.trazaMeta(),
                calculado.trazaAvance(), indicador.version,
                captura == null ? null : captura.version,
                captura == null ? null : captura.estado,
                captura != null && captura.tardia,
                captura != null && captura.preliminar,
                faltaJustificacion);
    }

    /**
     * What one transaction works on: the state of its indicators, loaded once and kept in step
     * as its events apply, and what they add to the history and the outbox.
     */
    private final class Lote {
        private final Set<UUID> nuevos;
        private final Map<UUID, IndicadorEntity> indicadores = new HashMap<>();
        /** Each stored definition parsed once per batch. */
        private final Map<UUID, DefinicionIndicador> definiciones = new HashMap<>();
        private final Map<PeriodoId, CapturaEntity> capturas = new HashMap<>();
        private final Map<UUID, List<CapturaEntity>> capturasPorIndicador = new HashMap<>();
        private final Map<PeriodoId, ResultadoEntity> resultados = new HashMap<>();
        private final List<ResultadoHistorialRepository.Cambio> cambios = new ArrayList<>();
        private final List<OutboxRepository.Registro> salientes = new ArrayList<>();

        private Lote(Set<UUID> nuevos) {
            this.nuevos = new HashSet<>(nuevos);
        }

        /** True the first time an event not applied before is met in the batch. */
        boolean nuevo(UUID eventId) {
            return nuevos.remove(eventId);
        }

        void agregar(CapturaEntity captura) {
            capturas.put(new PeriodoId(captura.indicadorId, captura.ejercicio, captura.trimestre), captura);
            capturasPorIndicador.computeIfAbsent(captura.indicadorId, id -> new ArrayList<>()).add(captura);
        }

        List<CapturaEntity> capturasDe(UUID indicadorId) {
            return capturasPorIndicador.getOrDefault(indicadorId, List.of());
        }

        DefinicionIndicador definicion(IndicadorEntity indicador) {
            return definiciones.computeIfAbsent(indicador.id, id -> DefinicionMapper.aDominio(indicador, json));
        }
    }
}
