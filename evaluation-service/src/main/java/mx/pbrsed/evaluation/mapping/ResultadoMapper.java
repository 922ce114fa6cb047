package mx.pbrsed.evaluation.mapping;

import java.util.List;
import mx.pbrsed.evaluation.repository.IndicadorEntity;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;

public final class ResultadoMapper {
    private ResultadoMapper() {
    }

    public static ResultadosIndicador aModelo(IndicadorEntity indicador, List<ResultadoEntity> resultados) {
        return new ResultadosIndicador(indicador.id, indicador.nombre, indicador.nivel, indicador.ejercicio,
                indicador.programaClave, indicador.version, resultados.stream().map(ResultadoMapper::aModelo).toList());
    }

    public static ResultadoPeriodo aModelo(ResultadoEntity r) {
        return new ResultadoPeriodo(r.ejercicio, r.trimestre, r.estado, r.logro, r.metaProgramada, r.avancePorcentaje,
                r.semaforo, r.trazaLogro, r.trazaMeta, r.trazaAvance, r.definicionVersion, r.capturaVersion,
                r.capturaEstado, r.tardia, r.preliminar, r.faltaJustificacion, r.calculadoEn);
    }
}
