package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Comportamiento;
import mx.pbrsed.catalog.domain.Dimension;
import mx.pbrsed.catalog.domain.EstadoIndicador;
import mx.pbrsed.catalog.domain.FormulaDescendente;
import mx.pbrsed.catalog.domain.Frecuencia;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.domain.TipoIndicador;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of an indicator's ficha; actualizadoEn is when that version was made and registradoPor
 * the subject of the token that made it (absent for versions made before tokens were required).
 */
@Schema(requiredProperties = {"id", "clave", "version", "estado", "vigenteDesde", "ejercicio", "programaClave",
        "objetivoId", "nivel", "nombre", "tipo", "dimension", "comportamiento", "formulaDescendente", "frecuencia",
        "unidadMedida", "metodoCalculo", "variables", "lineaBase", "anioLineaBase", "mediosVerificacion", "parametrosSemaforo",
        "parametrosSemaforoPublicados", "metasCalendarizadas", "actualizadoEn", "registradoPor"})
public record Indicador(
        UUID id,
        @Schema(maxLength = Limites.CLAVE_INDICADOR) String clave,
        @Schema(minimum = "1", maximum = "2147483647") int version,
        EstadoIndicador estado,
        LocalDate vigenteDesde,
        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO) int ejercicio,
        @Schema(maxLength = Limites.CLAVE) String programaClave,
        UUID objetivoId,
        Nivel nivel,
        @Schema(maxLength = Limites.NOMBRE) String nombre,
        TipoIndicador tipo,
        Dimension dimension,
        Comportamiento comportamiento,
        FormulaDescendente formulaDescendente,
        Frecuencia frecuencia,
        @Schema(maxLength = Limites.UNIDAD_MEDIDA) String unidadMedida,
        MetodoCalculoDef metodoCalculo,
        @Schema(maxItems = Limites.VARIABLES) List<VariableDef> variables,
        @Schema(nullable = true, maxLength = Limites.TEXTO) String lineaBase,
        @Schema(nullable = true, minimum = "" + Limites.ANIO_MINIMO, maximum = "" + Limites.ANIO_MAXIMO) Integer anioLineaBase,
        @Schema(nullable = true, maxLength = Limites.TEXTO) String mediosVerificacion,
        @Schema(maxItems = Limites.RANGOS) List<RangoSemaforoDef> parametrosSemaforo,
        @Schema(maxItems = Limites.RANGOS) List<@Size(max = Limites.RANGO_PUBLICADO) String> parametrosSemaforoPublicados,
        MetasDef metasCalendarizadas,
        OffsetDateTime actualizadoEn,
        @Schema(nullable = true, maxLength = Limites.SUJETO) String registradoPor) {
}
