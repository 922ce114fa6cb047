package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.domain.MotorEvaluacion;
import mx.pbrsed.evaluation.domain.Resultado;
import mx.pbrsed.evaluation.mapping.DefinicionMapper;
import mx.pbrsed.evaluation.mapping.ResultadoMapper;
import mx.pbrsed.evaluation.messaging.CapturaRegistradaEvent;
import mx.pbrsed.evaluation.messaging.IndicadorPublicadoEvent;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.CapturaRepository;
import mx.pbrsed.evaluation.repository.EventoProcesadoRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.PeriodoId;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;

/**
 * Applies each event once, in the same transaction as the results it changes, so a
 * redelivered or replayed event changes nothing and an older version never wins.
 */
@ApplicationScoped
@Transactional
public class EvaluacionService {
    private final MotorEvaluacion motor = new MotorEvaluacion();
    private final IndicadorRepository indicadores;
    private final CapturaRepository capturas;
    private final ResultadoRepository resultados;
    private final EventoProcesadoRepository procesados;
    private final ObjectMapper json;

    public EvaluacionService(IndicadorRepository indicadores, CapturaRepository capturas, ResultadoRepository resultados,
                             EventoProcesadoRepository procesados, ObjectMapper json) {
        this.indicadores = indicadores;
        this.capturas = capturas;
        this.resultados = resultados;
        this.procesados = procesados;
        this.json = json;
    }

    public void definicionRecibida(IndicadorPublicadoEvent evento, String payload) {
        indicadores.bloquear(evento.indicadorId());
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
        indicador.definicion = payload;
        indicador.actualizadoEn = OffsetDateTime.now();
        if (nuevo) {
            // Hibernate snapshots the state at persist: persist once every column is set.
            indicadores.persist(indicador);
        }
        recalcular(indicador, DefinicionMapper.aDominio(evento));
    }

    public void capturaRecibida(CapturaRegistradaEvent evento) {
        indicadores.bloquear(evento.indicadorId());
        if (!procesados.registrar(evento.eventId())) {
            return;
        }
        var periodo = new PeriodoId(evento.indicadorId(), evento.ejercicio(), evento.trimestre());
        CapturaEntity captura = capturas.findByIdOptional(periodo).orElse(null);
        if (captura != null && captura.version >= evento.version()) {
            Log.debugf("Captura %s v%d ignorada: ya se tiene v%d", periodo, evento.version(), captura.version);
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
        indicadores.findByIdOptional(evento.indicadorId())
                .ifPresent(indicador -> recalcular(indicador, definicion(indicador)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ResultadosIndicador> resultados(UUID indicadorId) {
        return indicadores.findByIdOptional(indicadorId)
                .map(indicador -> ResultadoMapper.aModelo(indicador, resultados.delIndicador(indicadorId)));
    }

    private void recalcular(IndicadorEntity indicador, DefinicionIndicador definicion) {
        List<CapturaEntity> delEjercicio = capturas.delEjercicio(indicador.id, indicador.ejercicio);
        Map<Integer, CapturaEntity> porTrimestre = delEjercicio.stream()
                .collect(Collectors.toMap(c -> c.trimestre, Function.identity()));
        List<Resultado> calculados = motor.evaluarEjercicio(definicion,
                delEjercicio.stream().map(DefinicionMapper::aDominio).toList());
        OffsetDateTime ahora = OffsetDateTime.now();
        for (Resultado calculado : calculados) {
            var periodo = new PeriodoId(indicador.id, indicador.ejercicio, calculado.trimestre());
            ResultadoEntity resultado = resultados.findByIdOptional(periodo).orElse(null);
            boolean nuevo = resultado == null;
            if (nuevo) {
                resultado = new ResultadoEntity();
                resultado.indicadorId = periodo.indicadorId();
                resultado.ejercicio = periodo.ejercicio();
                resultado.trimestre = periodo.trimestre();
            }
            CapturaEntity captura = porTrimestre.get(calculado.trimestre());
            resultado.estado = calculado.estado();
            resultado.logro = calculado.logro();
            resultado.metaProgramada = calculado.metaProgramada();
            resultado.avancePorcentaje = calculado.avancePorcentaje();
            resultado.semaforo = calculado.semaforo();
            resultado.trazaLogro = calculado.trazaLogro();
            resultado.trazaMeta = calculado.trazaMeta();
            resultado.trazaAvance = calculado.trazaAvance();
            resultado.definicionVersion = indicador.version;
            resultado.capturaVersion = captura == null ? null : captura.version;
            resultado.capturaEstado = captura == null ? null : captura.estado;
            resultado.tardia = captura != null && captura.tardia;
            resultado.preliminar = captura != null && captura.preliminar;
            resultado.faltaJustificacion = calculado.estado() == EstadoResultado.CALCULADO
                    && calculado.semaforo() != Color.VERDE
                    && (captura == null || captura.justificacionVariacion == null || captura.justificacionVariacion.isBlank());
            resultado.calculadoEn = ahora;
            if (nuevo) {
                resultados.persist(resultado);
            }
        }
    }

    private DefinicionIndicador definicion(IndicadorEntity indicador) {
        try {
            return DefinicionMapper.aDominio(json.readValue(indicador.definicion, IndicadorPublicadoEvent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Definición almacenada ilegible del indicador " + indicador.id, e);
        }
    }
}
