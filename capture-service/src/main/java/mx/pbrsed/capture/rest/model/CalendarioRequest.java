package mx.pbrsed.capture.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The four windows [abre, cierra] of an ejercicio, both days inclusive, in America/Mexico_City. */
public record CalendarioRequest(
        @NotNull @Size(min = 4, max = 4) List<@Valid @NotNull Ventana> ventanas,
        @NotBlank @Size(max = Limites.AUTOR) String actualizadoPor) {

    public record Ventana(@NotNull Integer trimestre, @NotNull LocalDate abre, @NotNull LocalDate cierra) {
    }
}
