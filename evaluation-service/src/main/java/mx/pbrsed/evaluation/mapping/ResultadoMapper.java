package mx.pbrsed.evaluation.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.repository.ResultadoHistorialEntity;
import mx.pbrsed.evaluation.repository.ValorResultado;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;

public final class ResultadoMapper {
    private ResultadoMapper() {
    }

    public static ResultadosIndicador aModelo(IndicadorEntity indicador, List<ResultadoEntity> resultados) {
        return conPeriodos(indicador, resultados.stream()
                .map(r -> aModelo(r.ejercicio, r.trimestre, r.valor, r.calculadoEn)).toList());
    }

    /** calculadoEn of a historical result is when that value was registered. */
    public static ResultadosIndicador aModeloHistorico(IndicadorEntity indicador, List<ResultadoHistorialEntity> historial) {
        return conPeriodos(indicador, historial.stream()
                .map(h -> aModelo(h.ejercicio, h.trimestre, h.valor, h.registradoEn)).toList());
    }

    private static ResultadosIndicador conPeriodos(IndicadorEntity indicador, List<ResultadoPeriodo> periodos) {
        return new ResultadosIndicador(indicador.id, indicador.nombre, indicador.nivel, indicador.ejercicio,
                indicador.programaClave, indicador.version, periodos);
    }

    private static ResultadoPeriodo aModelo(int ejercicio, int trimestre, ValorResultado v, OffsetDateTime calculadoEn) {
        return new ResultadoPeriodo(ejercicio, trimestre, v.estado(), v.logro(), v.metaProgramada(), v.avancePorcentaje(),
                v.semaforo(), v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(), v.capturaVersion(),
                v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion(), calculadoEn);
    }
}
