package mx.pbrsed.evaluation.service;

import java.util.List;
import mx.pbrsed.evaluation.domain.AvanceFinanciero;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.ValorResultado;

/**
 * A program, UR or ramo at a quarter: every indicator in force of its programs in the MIR's order,
 * each with its result (null: none yet), the filter the caller asked for, and the avance
 * financiero of its programs (null without a known budget).
 *
 * @param nombre    null while the catalog's programa is not known here, only its indicators
 * @param programas the claves of the programs summed up
 */
public record Resumen(int ejercicio, String clave, String nombre, int trimestre, List<String> programas,
                      List<Fila> indicadores, Filtro filtro, AvanceFinanciero avanceFinanciero) {

    public record Fila(FichaIndicador indicador, ValorResultado valor) {
        public Color semaforo() {
            return valor == null ? null : valor.semaforo();
        }

        public boolean tardia() {
            return valor != null && valor.tardia();
        }

        public boolean enRiesgo() {
            return valor != null && valor.proyeccion() != null && valor.proyeccion().enRiesgo();
        }
    }

    /** Filters on the rows listed; counts are always of the whole summary. Null admits any. */
    public record Filtro(Color semaforo, Boolean tardia) {
        public static final Filtro NINGUNO = new Filtro(null, null);

        boolean admite(Fila fila) {
            return (semaforo == null || semaforo == fila.semaforo()) && (tardia == null || tardia == fila.tardia());
        }
    }

    /** The rows the filter admits. */
    public List<Fila> listados() {
        return indicadores.stream().filter(filtro::admite).toList();
    }
}
