package mx.pbrsed.catalog.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.util.List;
import mx.pbrsed.catalog.domain.Maximos;
import mx.pbrsed.catalog.domain.Nivel;

/** An objective of a {@link DocumentoPrograma} with its indicators; an ACTIVIDAD names the clave of its COMPONENTE as padre. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObjetivoDocumento(
        @NotNull @Size(max = Limites.CLAVE_OBJETIVO) @Pattern(regexp = Limites.PATRON_CLAVE_MIR, message = Limites.MENSAJE_CLAVE_MIR)
        String clave,
        @NotNull Nivel nivel,
        @NotBlank @Size(max = Limites.TEXTO) String resumenNarrativo,
        @Size(max = Limites.NOMBRE) String responsable,
        @Size(max = Limites.CLAVE_OBJETIVO) @Pattern(regexp = Limites.PATRON_CLAVE_MIR, message = Limites.MENSAJE_CLAVE_MIR)
        String padre,
        @NotNull @Size(max = Maximos.INDICADORES_POR_OBJETIVO)
        List<@Valid @ConvertGroup(from = Default.class, to = IndicadorRequest.EnDocumento.class) @NotNull IndicadorRequest> indicadores) {
}
