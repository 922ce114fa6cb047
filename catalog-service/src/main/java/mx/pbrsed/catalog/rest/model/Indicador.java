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

/** One version of an indicator's ficha; actualizadoEn is when that version was made. */
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
        String lineaBase,
        String mediosVerificacion,
        List<RangoSemaforoDef> parametrosSemaforo,
        List<String> parametrosSemaforoPublicados,
        MetasDef metasCalendarizadas,
        OffsetDateTime actualizadoEn) {
}
