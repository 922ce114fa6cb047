package mx.pbrsed.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository.FiltroRiesgo;

/** The indicators heading for a colour other than VERDE at year end, while there is time to act (SPEC rule 10). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RiesgoService {
    private final ResultadoRepository resultados;

    public RiesgoService(ResultadoRepository resultados) {
        this.resultados = resultados;
    }

    /** Each filter but the ejercicio may be null, admitting any; page counts from 0. */
    public IndicadoresEnRiesgo enRiesgo(int ejercicio, Integer trimestre, String ramo, String unidadResponsable,
                                        String programa, Color semaforoProyectado, int page, int size) {
        var filtro = new FiltroRiesgo(ejercicio, trimestre, ramo, unidadResponsable, programa, semaforoProyectado);
        var items = resultados.enRiesgo(filtro, page * size, size).stream()
                .map(r -> new IndicadoresEnRiesgo.Item(FichaIndicador.de(r.indicador()), r.ramo(), r.unidadResponsable(),
                        r.resultado().ejercicio, r.resultado().trimestre, r.resultado().valor))
                .toList();
        return new IndicadoresEnRiesgo(items, page, size, resultados.contarEnRiesgo(filtro));
    }
}
