package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine needs of an indicator's ficha tecnica. A null formulaDescendente means
 * LINEAL, the default. medidaEnSuEjercicio is false for an ejercicio a multi-year frecuencia skips
 * (nothing is due in it).
 */
public record DefinicionIndicador(
        Expresion formula,
        Map<String, TipoVariable> variables,
        Comportamiento comportamiento,
        FormulaDescendente formulaDescendente,
        Frecuencia frecuencia,
        Semaforo semaforo,
        ValoresMensuales metasModificadas,
        boolean medidaEnSuEjercicio) {

    /** A definition of an ejercicio its frecuencia measures. */
    public DefinicionIndicador(Expresion formula, Map<String, TipoVariable> variables, Comportamiento comportamiento,
                               FormulaDescendente formulaDescendente, Frecuencia frecuencia, Semaforo semaforo,
                               ValoresMensuales metasModificadas) {
        this(formula, variables, comportamiento, formulaDescendente, frecuencia, semaforo, metasModificadas, true);
    }

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

    /** Whether a measurement (a meta, a captura) is due at the quarter (SPEC rule 9). */
    public boolean esperaMedicion(int trimestre) {
        return frecuencia.esperaMedicion(trimestre) && medidaEnSuEjercicio;
    }

    /**
     * The formula over the metas modificadas calendarized in that month alone, as open data
     * publishes a monthly meta: empty when the month has no meta for every variable or the
     * formula divides by zero. Rounded as a reported logro.
     */
    public Optional<BigDecimal> metaDelMes(int mes) {
        Map<String, BigDecimal> delMes = metasModificadas.porMes().get(Trimestres.validarMes(mes));
        if (delMes == null || !delMes.keySet().containsAll(formula.variables())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Decimales.valorReportado(formula.evaluar(delMes)));
        } catch (DivisionPorCeroException e) {
            return Optional.empty();
        }
    }
}
