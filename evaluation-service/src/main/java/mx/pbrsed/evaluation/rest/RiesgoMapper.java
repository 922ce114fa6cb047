package mx.pbrsed.evaluation.rest;

import mx.pbrsed.evaluation.rest.model.IndicadorEnRiesgo;
import mx.pbrsed.evaluation.rest.model.PaginaEnRiesgo;
import mx.pbrsed.evaluation.service.FichaIndicador;
import mx.pbrsed.evaluation.service.IndicadoresEnRiesgo;

/** The indicators at risk as the API shows them. */
final class RiesgoMapper {
    private RiesgoMapper() {
    }

    static PaginaEnRiesgo aModelo(IndicadoresEnRiesgo pagina) {
        return new PaginaEnRiesgo(pagina.items().stream().map(RiesgoMapper::aModelo).toList(), pagina.page(),
                pagina.size(), pagina.total());
    }

    private static IndicadorEnRiesgo aModelo(IndicadoresEnRiesgo.Item item) {
        FichaIndicador i = item.indicador();
        return new IndicadorEnRiesgo(i.id(), i.nombre(), i.nivel(), i.programaClave(), item.ramo(),
                item.unidadResponsable(), item.ejercicio(), item.trimestre(), item.valor().avancePorcentaje(),
                item.valor().semaforo(), ResultadoMapper.aModelo(item.valor().proyeccion()));
    }
}
