package mx.pbrsed.evaluation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import mx.pbrsed.evaluation.repository.IndicadorRepository;
import mx.pbrsed.evaluation.repository.ResultadoHistorialRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.service.ResultadosDeIndicador.Periodo;

/** An indicator's results, current or as known at an instant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ResultadoService {
    private final IndicadorRepository indicadores;
    private final ResultadoRepository resultados;
    private final ResultadoHistorialRepository historial;

    public ResultadoService(IndicadorRepository indicadores, ResultadoRepository resultados,
                            ResultadoHistorialRepository historial) {
        this.indicadores = indicadores;
        this.resultados = resultados;
        this.historial = historial;
    }

    public Optional<ResultadosDeIndicador> resultados(UUID indicadorId) {
        return indicadores.findByIdOptional(indicadorId).map(indicador -> new ResultadosDeIndicador(
                FichaIndicador.de(indicador), resultados.delIndicador(indicadorId).stream().map(Periodo::de).toList()));
    }

    /** The results as they were known at {@code instante}: none for periods not yet computed then. */
    public Optional<ResultadosDeIndicador> resultados(UUID indicadorId, OffsetDateTime instante) {
        return indicadores.findByIdOptional(indicadorId).map(indicador -> new ResultadosDeIndicador(
                FichaIndicador.de(indicador),
                historial.conocidosEn(indicadorId, instante).stream().map(Periodo::de).toList()));
    }
}
