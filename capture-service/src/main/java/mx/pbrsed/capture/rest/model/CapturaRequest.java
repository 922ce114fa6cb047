package mx.pbrsed.capture.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values of one indicator for one quarter: {@code valores} for an indicator measured once in
 * the quarter (its month of measurement), {@code valoresMensuales} (the quarter's months of
 * measurement: three for a MENSUAL one, one or two for a BIMESTRAL one) otherwise.
 * Values are JSON numbers, never text, at least 0, with at most 6 decimals. The author is the
 * token's subject, never a field: a client cannot record a captura in someone else's name.
 */
@Schema(description = "The values of one indicator for one quarter; the author is the token's subject")
public record CapturaRequest(
        @NotNull UUID indicadorId,
        @NotNull @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) Integer ejercicio,
        @NotNull @Min(1) @Max(4) Integer trimestre,
        @Schema(description = "Every variable of the indicator (V1..Vn) with its value, a JSON number >= 0 with at most "
                + Limites.VALOR_ENTEROS + " integer digits and " + Limites.VALOR_DECIMALES
                + " decimals; for every frecuencia but MENSUAL and BIMESTRAL, at the quarter's month of measurement")
        @Size(max = Limites.VARIABLES)
        Map<@ClaveVariable String, @ValorCapturado BigDecimal> valores,
        @Schema(description = "The quarter's months of measurement, each with every variable; for MENSUAL (three months) "
                + "and BIMESTRAL (months 2, 4 and 6, 8, 10 and 12) indicators only")
        @Size(max = 3)
        List<@Valid @NotNull ValoresMensuales> valoresMensuales,
        @Size(max = Limites.TEXTO) String analisisLogro,
        @Size(max = Limites.TEXTO) String justificacionVariacion,
        @Schema(description = "A preliminary figure, to be replaced by a later version; false when absent",
                defaultValue = "false")
        Boolean preliminar) {

    /**
     * An absent preliminar is false. A boolean component would make it required: the strict JSON
     * (platform's JsonEstricto, FAIL_ON_NULL_FOR_PRIMITIVES) refuses a primitive a record's body leaves out.
     */
    public CapturaRequest {
        preliminar = Boolean.TRUE.equals(preliminar);
    }

    public record ValoresMensuales(
            @NotNull @Min(1) @Max(12) Integer mes,
            @NotNull @Size(max = Limites.VARIABLES) Map<@ClaveVariable String, @ValorCapturado BigDecimal> valores) {
    }
}
