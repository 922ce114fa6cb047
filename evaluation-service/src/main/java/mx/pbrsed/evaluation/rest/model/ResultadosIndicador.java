package mx.pbrsed.evaluation.rest.model;

import java.util.List;
import java.util.UUID;

public record ResultadosIndicador(
        UUID indicadorId,
        String nombre,
        String nivel,
        int ejercicio,
        String programaClave,
        int definicionVersion,
        List<ResultadoPeriodo> resultados) {
}
