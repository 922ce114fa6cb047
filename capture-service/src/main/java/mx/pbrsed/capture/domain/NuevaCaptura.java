package mx.pbrsed.capture.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The values a capturista sends for one indicator and quarter, not yet checked against its
 * definition: {@code valores} for a quarterly, semestral or annual indicator, {@code valoresMensuales}
 * (null when absent) for a MENSUAL one. Its components are named as the API's request, so a lote's
 * fingerprint is the same whether read from JSON or CSV.
 */
public record NuevaCaptura(UUID indicadorId, int ejercicio, int trimestre, Map<String, BigDecimal> valores,
                           List<ValoresMes> valoresMensuales, String analisisLogro, String justificacionVariacion,
                           boolean preliminar) {
}
