package mx.pbrsed.capture.rest.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The capture windows of an ejercicio; {@code porDefecto} when no administrator set them.
 * {@code cierraEn} is the instant the window closes: the end of its cierra day in the zone.
 */
@Schema(description = "The capture windows of an ejercicio",
        requiredProperties = {"ejercicio", "porDefecto", "zona", "ventanas", "actualizadoPor", "actualizadoEn"})
public record Calendario(@Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO) int ejercicio,
                         @Schema(description = "No administrator set the windows: 15 days from the day after each quarter")
                         boolean porDefecto,
                         @Schema(maxLength = Limites.ZONA, example = "America/Mexico_City") String zona,
                         @Schema(maxItems = 4) List<Ventana> ventanas,
                         @Schema(nullable = true, description = "The subject of the administrator's token; null by default",
                                 maxLength = Limites.SUJETO)
                         String actualizadoPor,
                         @Schema(nullable = true, format = "date-time", maxLength = 35)
                         OffsetDateTime actualizadoEn) {

    @Schema(name = "VentanaCalendario", description = "A trimestre's window, [abre, cierra] both days inclusive",
            requiredProperties = {"trimestre", "abre", "cierra", "cierraEn"})
    public record Ventana(@Schema(minimum = "1", maximum = "4") int trimestre, LocalDate abre, LocalDate cierra,
                          @Schema(description = "The instant the window closes: the end of its cierra day in the zone")
                          OffsetDateTime cierraEn) {
    }
}
