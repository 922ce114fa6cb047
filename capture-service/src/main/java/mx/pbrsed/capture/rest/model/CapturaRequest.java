package mx.pbrsed.capture.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The values of one indicator for one quarter: {@code valores} for a quarterly, semestral or
 * annual indicator, {@code valoresMensuales} (the quarter's three months) for a MENSUAL one.
 * Values are JSON numbers, never text, at least 0, with at most 6 decimals.
 */
public record CapturaRequest(
        @NotNull UUID indicadorId,
        @NotNull @Min(2000) @Max(2100) Integer ejercicio,
        @NotNull @Min(1) @Max(4) Integer trimestre,
        Map<String, @NotNull BigDecimal> valores,
        List<@Valid @NotNull ValoresMensuales> valoresMensuales,
        @Size(max = Limites.TEXTO) String analisisLogro,
        @Size(max = Limites.TEXTO) String justificacionVariacion,
        boolean preliminar,
        @NotBlank @Size(max = Limites.AUTOR) String capturadoPor) {

    public record ValoresMensuales(@NotNull @Min(1) @Max(12) Integer mes, @NotNull Map<String, @NotNull BigDecimal> valores) {
    }
}
