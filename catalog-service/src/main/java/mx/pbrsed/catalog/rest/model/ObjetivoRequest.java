package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Nivel;

/** An objective of the program's MIR; an ACTIVIDAD names its COMPONENTE as padre. */
public record ObjetivoRequest(
        @NotNull Nivel nivel,
        @NotBlank String resumenNarrativo,
        String responsable,
        UUID padreId) {
}
