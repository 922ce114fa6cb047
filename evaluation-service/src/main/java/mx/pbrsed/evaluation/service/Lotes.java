package mx.pbrsed.evaluation.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.pbrsed.evaluation.config.TopicsConfig;
import mx.pbrsed.evaluation.domain.AlertaTemprana;
import mx.pbrsed.evaluation.domain.Cambio;
import mx.pbrsed.evaluation.domain.CapturaTrimestral;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.MotorEvaluacion;
import mx.pbrsed.evaluation.domain.Procedencia;
import mx.pbrsed.evaluation.domain.Resultado;
import mx.pbrsed.evaluation.domain.ValorResultado;
import mx.pbrsed.evaluation.domain.Version;
import mx.pbrsed.evaluation.events.AlertaTempranaEvent;
import mx.pbrsed.evaluation.events.ResultadoCambiadoEvent;
import mx.pbrsed.evaluation.mapping.DefinicionMapper;
import mx.pbrsed.evaluation.mapping.ReplicaMapper;
import mx.pbrsed.evaluation.repository.AlertaTempranaEntity;
import mx.pbrsed.evaluation.repository.AlertaTempranaRepository;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.CapturaRepository;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.PeriodoId;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.repository.ResultadoHistorialRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.platform.outbox.EventoPublisher;

/**
 * A batch's state and its writes, within the caller's transaction: its indicators' definitions,
 * capturas and results read once ({@link #abrir}), results recomputed against it, and what they
 * added to the history and the outbox written at the end as batches ({@link #cerrar}).
 */
@ApplicationScoped
class Lotes {
    private final MotorEvaluacion motor = new MotorEvaluacion();
    private final IndicadorRepository indicadores;
    private final CapturaRepository capturas;
    private final ResultadoRepository resultados;
    private final ResultadoHistorialRepository historial;
    private final AlertaTempranaRepository alertas;
    private final EventoPublisher publicador;
    private final TopicsConfig topics;
    private final ObjectMapper json;

    Lotes(IndicadorRepository indicadores, CapturaRepository capturas, ResultadoRepository resultados,
          ResultadoHistorialRepository historial, AlertaTempranaRepository alertas, EventoPublisher publicador,
          TopicsConfig topics, ObjectMapper json) {
        this.indicadores = indicadores;
        this.capturas = capturas;
        this.resultados = resultados;
        this.historial = historial;
        this.alertas = alertas;
        this.publicador = publicador;
        this.topics = topics;
        this.json = json;
    }

    /** @param nuevos the batch's events not applied before; {@code ids} the indicators they touch */
    Lote abrir(Set<UUID> nuevos, Set<UUID> ids) {
        var lote = new Lote(nuevos, indicador -> DefinicionMapper.aDominio(indicador, json));
        indicadores.deIds(ids).forEach(i -> lote.indicadores.put(i.id, i));
        capturas.deIndicadores(ids).forEach(lote::agregar);
        resultados.deIndicadores(ids).forEach(lote::agregar);
        alertas.deIndicadores(ids).forEach(lote::agregar);
        return lote;
    }

    /** Writes what the batch added to the history and the outbox; Hibernate flushes the rest at commit. */
    void cerrar(Lote lote) {
        historial.registrarTodos(lote.cambios);
        publicador.encolar(lote.salientes);
    }

    /**
     * Upserts only the results that changed, keeps each change in the history and announces
     * those of the figures.
     *
     * @return how many results changed
     */
    int recalcular(Lote lote, IndicadorEntity indicador, DefinicionIndicador definicion) {
        List<CapturaEntity> delEjercicio = lote.capturasDe(indicador.id).stream()
                .filter(c -> c.ejercicio == indicador.ejercicio)
                .sorted(Comparator.comparingInt(c -> c.trimestre))
                .toList();
        Map<Integer, CapturaEntity> porTrimestre = delEjercicio.stream()
                .collect(Collectors.toMap(c -> c.trimestre, Function.identity()));
        List<CapturaTrimestral> capturadas = delEjercicio.stream().map(DefinicionMapper::aDominio).toList();
        List<Resultado> calculados = motor.evaluarEjercicio(definicion, capturadas);
        OffsetDateTime ahora = OffsetDateTime.now();
        int cambiados = 0;
        for (Resultado calculado : calculados) {
            var periodo = new PeriodoId(indicador.id, indicador.ejercicio, calculado.trimestre());
            ValorResultado valor = ValorResultado.de(calculado,
                    motor.proyectar(definicion, capturadas, calculado).orElse(null), indicador.version,
                    ReplicaMapper.vigente(porTrimestre.get(calculado.trimestre())));
            alertar(lote, indicador, periodo, valor, procedencia(indicador, porTrimestre, calculado.trimestre()), ahora);
            ResultadoEntity resultado = lote.resultados.get(periodo);
            ValorResultado anterior = resultado == null ? null : resultado.valor;
            Cambio cambio = Cambio.entre(anterior, valor);
            if (cambio == Cambio.NINGUNO) {
                continue;
            }
            boolean nuevo = resultado == null;
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
                lote.agregar(resultado);
            }
            lote.cambios.add(new ResultadoHistorialRepository.Cambio(periodo, valor, ahora));
            if (cambio == Cambio.ANUNCIADO) {
                lote.salientes.add(publicador.preparar(topics.evaluaciones(), indicador.id.toString(),
                        ResultadoCambiadoEvent.de(periodo.indicadorId(), periodo.ejercicio(), periodo.trimestre(), ahora,
                                valor, anterior)));
            }
            cambiados++;
        }
        return cambiados;
    }

    /**
     * Keeps the period's projected colour and announces a change of it on alertas-tempranas, once:
     * what a replay or a rebuild computes again from older inputs is neither kept nor announced.
     */
    private void alertar(Lote lote, IndicadorEntity indicador, PeriodoId periodo, ValorResultado valor,
                         Procedencia procedencia, OffsetDateTime ahora) {
        AlertaTempranaEntity alerta = lote.alertas.get(periodo);
        Color nuevo = valor.semaforoProyectado();
        AlertaTemprana.Decision decision = AlertaTemprana.decidir(alerta == null ? null : alerta.valor(), nuevo,
                procedencia);
        if (decision == AlertaTemprana.Decision.NINGUNA) {
            return;
        }
        Color anterior = alerta == null ? null : alerta.semaforoProyectado;
        if (alerta == null) {
            alerta = new AlertaTempranaEntity();
            alerta.indicadorId = periodo.indicadorId();
            alerta.ejercicio = periodo.ejercicio();
            alerta.trimestre = periodo.trimestre();
            alerta.semaforoProyectado = nuevo;
            alerta.procedencia = procedencia.texto();
            alerta.actualizadaEn = ahora;
            alertas.persist(alerta);
            lote.agregar(alerta);
        } else {
            alerta.semaforoProyectado = nuevo;
            alerta.procedencia = procedencia.texto();
            alerta.actualizadaEn = ahora;
        }
        if (decision == AlertaTemprana.Decision.ANUNCIAR) {
            lote.salientes.add(publicador.preparar(topics.alertasTempranas(), indicador.id.toString(),
                    AlertaTempranaEvent.de(periodo.indicadorId(), periodo.ejercicio(), periodo.trimestre(),
                            indicador.programaClave, indicador.nombre, ahora, valor.proyeccion(), anterior,
                            valor.definicionVersion(), valor.capturaVersion())));
        }
    }

    /** The definition's version and the captura version of each quarter up to {@code trimestre}. */
    private static Procedencia procedencia(IndicadorEntity indicador, Map<Integer, CapturaEntity> porTrimestre,
                                           int trimestre) {
        List<Version> capturas = new ArrayList<>();
        for (int q = 1; q <= trimestre; q++) {
            capturas.add(ReplicaMapper.version(porTrimestre.get(q)));
        }
        return new Procedencia(indicador.version, capturas);
    }
}
