package mx.pbrsed.capture.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The four windows [abre, cierra] of an ejercicio, both days inclusive, in America/Mexico_City.
 * The author is the token's subject.
 */
@Schema(description = "The four windows of an ejercicio, one per trimestre")
public record CalendarioRequest(
        @NotNull @Size(min = 4, max = 4) List<@Valid @NotNull Ventana> ventanas) {

    @Schema(name = "VentanaPropuesta", description = "A trimestre's window, [abre, cierra] both days inclusive")
    public record Ventana(@NotNull @Min(1) @Max(4) Integer trimestre,
                          @NotNull @FechaAcotada LocalDate abre,
                          @NotNull @FechaAcotada LocalDate cierra) {
    }
}
