package mx.pbrsed.capture.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The values of one indicator for one quarter: {@code valores} for a quarterly, semestral or
 * annual indicator, {@code valoresMensuales} (the quarter's three months) for a MENSUAL one.
 */
public record CapturaRequest(
        @NotNull UUID indicadorId,
        @NotNull @Min(2000) @Max(2100) Integer ejercicio,
        @NotNull @Min(1) @Max(4) Integer trimestre,
        Map<String, @NotNull BigDecimal> valores,
        List<@Valid @NotNull ValoresMensuales> valoresMensuales,
        String analisisLogro,
        String justificacionVariacion,
        boolean preliminar,
        @NotBlank String capturadoPor) {

    public record ValoresMensuales(@NotNull @Min(1) @Max(12) Integer mes, @NotNull Map<String, @NotNull BigDecimal> valores) {
    }
}
