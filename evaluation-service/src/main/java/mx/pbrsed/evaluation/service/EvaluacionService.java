package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
import mx.pbrsed.evaluation.messaging.EventoPublisher;
import mx.pbrsed.evaluation.messaging.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.messaging.ResultadoCambiadoEvent;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.CapturaRepository;
import mx.pbrsed.evaluation.repository.Cerrojos;
import mx.pbrsed.evaluation.repository.EventoProcesadoRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.PeriodoId;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.repository.ResultadoHistorialRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.repository.ValorResultado;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;

/**
 * Applies each event once, in the same transaction as the results it changes, so a
 * redelivered or replayed event changes nothing and an older version never wins.
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

    public void definicionRecibida(IndicadorPublicadoEvent evento, String payload) {
        cerrojos.bloquear(evento.indicadorId());
        if (!procesados.registrar(evento.eventId())) {
            return;
        }
        IndicadorEntity indicador = indicadores.findByIdOptional(evento.indicadorId()).orElse(null);
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
        }
        recalcular(indicador, DefinicionMapper.aDominio(evento));
    }

    public void capturaRecibida(CapturaRegistradaEvent evento) {
        cerrojos.bloquear(evento.indicadorId());
        if (!procesados.registrar(evento.eventId())) {
            return;
        }
        var periodo = new PeriodoId(evento.indicadorId(), evento.ejercicio(), evento.trimestre());
        CapturaEntity captura = capturas.findByIdOptional(periodo).orElse(null);
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
        }
        // A captura may arrive before its definition; the definition's arrival computes it then.
        indicadores.findByIdOptional(evento.indicadorId()).ifPresent(indicador -> {
            recalcular(indicador, definicion(indicador));
            evaluada.fire(new CapturaEvaluada(evento.capturadoEn()));
        });
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
     * Recomputes an indicator from the replicas, as its last event did; part of a rebuild.
     *
     * @return how many of its results changed
     */
    public int recalcular(UUID indicadorId) {
        cerrojos.bloquear(indicadorId);
        return indicadores.findByIdOptional(indicadorId)
                .map(indicador -> recalcular(indicador, definicion(indicador)))
                .orElse(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> indicadores() {
        return indicadores.ids();
    }

    /** Upserts only the results that changed, keeps each change in the history and announces it. */
    private int recalcular(IndicadorEntity indicador, DefinicionIndicador definicion) {
        List<CapturaEntity> delEjercicio = capturas.delEjercicio(indicador.id, indicador.ejercicio);
        Map<Integer, CapturaEntity> porTrimestre = delEjercicio.stream()
                .collect(Collectors.toMap(c -> c.trimestre, Function.identity()));
        List<Resultado> calculados = motor.evaluarEjercicio(definicion,
                delEjercicio.stream().map(DefinicionMapper::aDominio).toList());
        OffsetDateTime ahora = OffsetDateTime.now();
        int cambiados = 0;
        for (Resultado calculado : calculados) {
            var periodo = new PeriodoId(indicador.id, indicador.ejercicio, calculado.trimestre());
            ValorResultado valor = valor(indicador, calculado, porTrimestre.get(calculado.trimestre()));
            ResultadoEntity resultado = resultados.findByIdOptional(periodo).orElse(null);
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
            }
            historial.registrar(resultado);
            if (!valor.mismasCifras(anterior)) {
                publicarCambio(resultado, anterior);
            }
            cambiados++;
        }
        return cambiados;
    }

    private void publicarCambio(ResultadoEntity resultado, ValorResultado anterior) {
        ValorResultado valor = resultado.valor;
        Color semaforoAnterior = anterior == null ? null : anterior.semaforo();
        var evento = new ResultadoCambiadoEvent(ResultadoCambiadoEvent.SCHEMA_VERSION, UUID.randomUUID(),
                resultado.calculadoEn, resultado.indicadorId, resultado.ejercicio, resultado.trimestre, valor.estado(),
                valor.logro(), valor.metaProgramada(), valor.avancePorcentaje(), valor.semaforo(), semaforoAnterior,
                valor.semaforo() != semaforoAnterior, valor.definicionVersion(), valor.capturaVersion());
        publicador.publicar(topics.evaluaciones(), resultado.indicadorId.toString(), evento);
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

    private DefinicionIndicador definicion(IndicadorEntity indicador) {
        return DefinicionMapper.aDominio(indicador, json);
    }
}
