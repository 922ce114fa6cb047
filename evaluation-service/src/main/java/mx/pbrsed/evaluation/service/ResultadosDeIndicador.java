package mx.pbrsed.evaluation.service;

import java.time.OffsetDateTime;
import java.util.List;
import mx.pbrsed.evaluation.domain.ValorResultado;
import mx.pbrsed.evaluation.repository.ResultadoEntity;
import mx.pbrsed.evaluation.repository.ResultadoHistorialEntity;

/** An indicator and its results, one per quarter computed. */
public record ResultadosDeIndicador(FichaIndicador indicador, List<Periodo> resultados) {

    /** calculadoEn is when the value was registered: when the result last changed. */
    public record Periodo(int ejercicio, int trimestre, ValorResultado valor, OffsetDateTime calculadoEn) {

        static Periodo de(ResultadoEntity r) {
            return new Periodo(r.ejercicio, r.trimestre, r.valor, r.calculadoEn);
        }

        static Periodo de(ResultadoHistorialEntity h) {
            return new Periodo(h.ejercicio, h.trimestre, h.valor, h.registradoEn);
        }
    }
}
