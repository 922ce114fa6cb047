package mx.pbrsed.evaluation.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import mx.pbrsed.evaluation.domain.DefinicionIndicador;
import mx.pbrsed.evaluation.repository.AlertaTempranaEntity;
import mx.pbrsed.evaluation.repository.CapturaEntity;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.PeriodoId;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.repository.ResultadoHistorialRepository;
import mx.pbrsed.platform.outbox.OutboxRepository;

/**
 * What one transaction works on: the state of its indicators, loaded once and kept in step as its
 * events apply, and what they add to the history and the outbox.
 */
final class Lote {
    private final Set<UUID> nuevos;
    private final Function<IndicadorEntity, DefinicionIndicador> lectura;
    final Map<UUID, IndicadorEntity> indicadores = new HashMap<>();
    /** Each stored definition parsed once per batch. */
    private final Map<UUID, DefinicionIndicador> definiciones = new HashMap<>();
    final Map<PeriodoId, CapturaEntity> capturas = new HashMap<>();
    private final Map<UUID, List<CapturaEntity>> capturasPorIndicador = new HashMap<>();
    final Map<PeriodoId, ResultadoEntity> resultados = new HashMap<>();
    final Map<PeriodoId, AlertaTempranaEntity> alertas = new HashMap<>();
    final List<ResultadoHistorialRepository.Cambio> cambios = new ArrayList<>();
    final List<OutboxRepository.Registro> salientes = new ArrayList<>();

    /**
     * @param nuevos  the events of the batch not applied before
     * @param lectura the engine's model of a stored definition
     */
    Lote(Set<UUID> nuevos, Function<IndicadorEntity, DefinicionIndicador> lectura) {
        this.nuevos = new HashSet<>(nuevos);
        this.lectura = lectura;
    }

    /** True the first time an event not applied before is met in the batch. */
    boolean nuevo(UUID eventId) {
        return nuevos.remove(eventId);
    }

    void agregar(CapturaEntity captura) {
        capturas.put(new PeriodoId(captura.indicadorId, captura.ejercicio, captura.trimestre), captura);
        capturasPorIndicador.computeIfAbsent(captura.indicadorId, id -> new ArrayList<>()).add(captura);
    }

    void agregar(ResultadoEntity resultado) {
        resultados.put(new PeriodoId(resultado.indicadorId, resultado.ejercicio, resultado.trimestre), resultado);
    }

    void agregar(AlertaTempranaEntity alerta) {
        alertas.put(new PeriodoId(alerta.indicadorId, alerta.ejercicio, alerta.trimestre), alerta);
    }

    List<CapturaEntity> capturasDe(UUID indicadorId) {
        return capturasPorIndicador.getOrDefault(indicadorId, List.of());
    }

    /** A definition that arrived in the batch, already read. */
    void definicion(UUID indicadorId, DefinicionIndicador definicion) {
        definiciones.put(indicadorId, definicion);
    }

    DefinicionIndicador definicion(IndicadorEntity indicador) {
        return definiciones.computeIfAbsent(indicador.id, id -> lectura.apply(indicador));
    }
}
