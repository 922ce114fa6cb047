package mx.pbrsed.evaluation.domain;

import java.util.Map;
import java.util.Objects;

/**
 * What the engine needs of an indicator's ficha tecnica. A null formulaDescendente means
 * LINEAL, the default.
 */
public record DefinicionIndicador(
        Expresion formula,
        Map<String, TipoVariable> variables,
        Comportamiento comportamiento,
        FormulaDescendente formulaDescendente,
        Frecuencia frecuencia,
        Semaforo semaforo,
        ValoresMensuales metasModificadas) {

    public DefinicionIndicador {
        Objects.requireNonNull(formula, "formula");
        variables = Map.copyOf(Objects.requireNonNull(variables, "variables"));
        Objects.requireNonNull(comportamiento, "comportamiento");
        formulaDescendente = formulaDescendente == null ? FormulaDescendente.LINEAL : formulaDescendente;
        Objects.requireNonNull(frecuencia, "frecuencia");
        Objects.requireNonNull(semaforo, "semaforo");
        Objects.requireNonNull(metasModificadas, "metasModificadas");
        for (String clave : formula.variables()) {
            if (!variables.containsKey(clave)) {
                throw new IllegalArgumentException("La formula usa " + clave + ", que no tiene tipo declarado");
            }
        }
    }
}
