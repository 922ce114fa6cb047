package mx.pbrsed.catalog.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Comportamiento;
import mx.pbrsed.catalog.domain.Dimension;
import mx.pbrsed.catalog.domain.FormulaDescendente;
import mx.pbrsed.catalog.domain.Frecuencia;
import mx.pbrsed.catalog.domain.TipoIndicador;

/**
 * A ficha técnica. formulaDescendente defaults to LINEAL and parametrosSemaforo to the
 * defaults of the comportamiento when omitted.
 */
public record IndicadorRequest(
        @NotNull UUID objetivoId,
        @NotBlank String nombre,
        @NotNull TipoIndicador tipo,
        @NotNull Dimension dimension,
        @NotNull Comportamiento comportamiento,
        FormulaDescendente formulaDescendente,
        @NotNull Frecuencia frecuencia,
        @NotBlank String unidadMedida,
        @NotNull @Valid MetodoCalculoDef metodoCalculo,
        @NotEmpty List<@Valid @NotNull VariableDef> variables,
        String lineaBase,
        String mediosVerificacion,
        List<@Valid @NotNull RangoSemaforoDef> parametrosSemaforo,
        @NotNull @Valid MetasDef metasCalendarizadas) {
}
