package mx.pbrsed.catalog.domain;

import java.util.List;

/**
 * An indicator's ficha técnica: what it measures, how (the formula over its variables), when and
 * against what (metas, semáforo). anioLineaBase is the year of the línea base, which a multi-year
 * frecuencia is measured from. As asked for, formulaDescendente and parametrosSemaforo may be
 * null (LINEAL and the defaults of the comportamiento); as stored, each field is set.
 */
public record FichaTecnica(
        String nombre,
        TipoIndicador tipo,
        Dimension dimension,
        Comportamiento comportamiento,
        FormulaDescendente formulaDescendente,
        Frecuencia frecuencia,
        String unidadMedida,
        FamiliaMetodo familia,
        String expresion,
        String lineaBase,
        Integer anioLineaBase,
        String mediosVerificacion,
        List<VariableIndicador> variables,
        List<RangoSemaforo> parametrosSemaforo,
        List<MetaMensual> metasAprobadas,
        List<MetaMensual> metasModificadas) {
}
