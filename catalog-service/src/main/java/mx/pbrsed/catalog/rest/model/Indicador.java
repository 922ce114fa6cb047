package mx.pbrsed.catalog.rest.model;

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
        "unidadMedida", "metodoCalculo", "variables", "lineaBase", "mediosVerificacion", "parametrosSemaforo",
        "parametrosSemaforoPublicados", "metasCalendarizadas", "actualizadoEn", "registradoPor"})
public record Indicador(
        UUID id,
        String clave,
        int version,
        EstadoIndicador estado,
        LocalDate vigenteDesde,
        int ejercicio,
        String programaClave,
        UUID objetivoId,
        Nivel nivel,
        String nombre,
        TipoIndicador tipo,
        Dimension dimension,
        Comportamiento comportamiento,
        FormulaDescendente formulaDescendente,
        Frecuencia frecuencia,
        String unidadMedida,
        MetodoCalculoDef metodoCalculo,
        List<VariableDef> variables,
        @Schema(nullable = true) String lineaBase,
        @Schema(nullable = true) String mediosVerificacion,
        List<RangoSemaforoDef> parametrosSemaforo,
        List<String> parametrosSemaforoPublicados,
        MetasDef metasCalendarizadas,
        OffsetDateTime actualizadoEn,
        @Schema(nullable = true) String registradoPor) {
}
