package mx.pbrsed.evaluation.rest;

import mx.pbrsed.evaluation.domain.Proyeccion;
import mx.pbrsed.evaluation.domain.ValorResultado;
import mx.pbrsed.evaluation.rest.model.ProyeccionCierre;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;
import mx.pbrsed.evaluation.service.FichaIndicador;
import mx.pbrsed.evaluation.service.ResultadosDeIndicador;

/** An indicator's results as the API shows them. */
final class ResultadoMapper {
    private ResultadoMapper() {
    }

    static ResultadosIndicador aModelo(ResultadosDeIndicador resultados) {
        FichaIndicador i = resultados.indicador();
        return new ResultadosIndicador(i.id(), i.nombre(), i.nivel(), i.ejercicio(), i.programaClave(), i.version(),
                resultados.resultados().stream().map(ResultadoMapper::aModelo).toList());
    }

    static ResultadoPeriodo aModelo(ResultadosDeIndicador.Periodo periodo) {
        ValorResultado v = periodo.valor();
        return new ResultadoPeriodo(periodo.ejercicio(), periodo.trimestre(), v.estado(), v.logro(), v.metaProgramada(),
                v.avancePorcentaje(), v.semaforo(), v.trazaLogro(), v.trazaMeta(), v.trazaAvance(), v.definicionVersion(),
                v.capturaVersion(), v.capturaEstado(), v.tardia(), v.preliminar(), v.faltaJustificacion(),
                periodo.calculadoEn(), aModelo(v.proyeccion()));
    }

    static ProyeccionCierre aModelo(Proyeccion p) {
        return p == null ? null : new ProyeccionCierre(p.logroProyectado(), p.metaAnual(),
                p.avanceProyectadoPorcentaje(), p.semaforoProyectado(), p.enRiesgo(), p.traza());
    }
}
