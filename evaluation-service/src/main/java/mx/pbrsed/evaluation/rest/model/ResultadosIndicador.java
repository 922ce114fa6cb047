package mx.pbrsed.evaluation.rest.model;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = {"indicadorId", "nombre", "nivel", "ejercicio", "programaClave", "definicionVersion", "resultados"})
public record ResultadosIndicador(
        UUID indicadorId,
        String nombre,
        String nivel,
        int ejercicio,
        String programaClave,
        int definicionVersion,
        List<ResultadoPeriodo> resultados) {
}
