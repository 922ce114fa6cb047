package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Nivel;

/**
 * An objective of the program's MIR; an ACTIVIDAD names its COMPONENTE as padre. The clave, unique
 * in the MIR, defaults to FIN, PROPOSITO, C1, C2... and, under componente C1, C1.A1, C1.A2...
 */
public record ObjetivoRequest(
        @Size(max = Limites.CLAVE_OBJETIVO) @Pattern(regexp = Limites.PATRON_CLAVE_MIR, message = Limites.MENSAJE_CLAVE_MIR)
        String clave,
        @NotNull Nivel nivel,
        @NotBlank @Size(max = Limites.TEXTO) String resumenNarrativo,
        @Size(max = Limites.NOMBRE) String responsable,
        UUID padreId) {
}
