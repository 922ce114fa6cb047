package mx.pbrsed.evaluation.rest;

import java.util.List;
import java.util.Map;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.rest.model.ReporteDesempeno.Semaforo;

/**
 * The words a reader sees for the enums the API sends as official upper-case values: PROPOSITO is
 * PROPÓSITO, DATO_ABSOLUTO is DATO ABSOLUTO, NO_PROGRAMADO is "No programado". The semáforo's
 * meanings are the seed's legend (Bueno, Regular, Bajo, Excedido).
 */
final class Etiquetas {
    static final List<String> MESES = List.of("Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct",
            "Nov", "Dic");
    static final List<String> TRIMESTRES = List.of("Primer", "Segundo", "Tercer", "Cuarto");
    static final List<String> TRIMESTRES_ORDINALES = List.of("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO");

    private static final Map<String, String> PALABRAS = Map.ofEntries(
            Map.entry("PROPOSITO", "PROPÓSITO"),
            Map.entry("ESTRATEGICO", "ESTRATÉGICO"),
            Map.entry("GESTION", "GESTIÓN"),
            Map.entry("ECONOMIA", "ECONOMÍA"),
            Map.entry("TASA_VARIACION", "TASA DE VARIACIÓN"),
            Map.entry("RAZON", "RAZÓN"),
            Map.entry("INDICE", "ÍNDICE"),
            Map.entry("OTRO", "OTRA"));

    private static final Map<EstadoResultado, String> ESTADOS = Map.of(
            EstadoResultado.CALCULADO, "Calculado",
            EstadoResultado.NO_PROGRAMADO, "No programado",
            EstadoResultado.SIN_CAPTURA, "Sin captura",
            EstadoResultado.SIN_META, "Sin meta",
            EstadoResultado.SIN_DENOMINADOR, "Sin denominador");

    private static final Map<Color, Semaforo> SEMAFOROS = Map.of(
            Color.VERDE, new Semaforo("verde", "VERDE", "Bueno", "●"),
            Color.AMARILLO, new Semaforo("amarillo", "AMARILLO", "Regular", "▲"),
            Color.ROJO, new Semaforo("rojo", "ROJO", "Bajo", "■"),
            Color.EXCEDIDO, new Semaforo("excedido", "EXCEDIDO", "Excedido", "◊"));

    private Etiquetas() {
    }

    /** An official upper-case value as a reader writes it: its accents, spaces for underscores. */
    static String palabra(String valor) {
        return valor == null ? "" : PALABRAS.getOrDefault(valor, valor.replace('_', ' '));
    }

    static String estado(EstadoResultado estado) {
        return estado == null ? "Sin resultado" : ESTADOS.get(estado);
    }

    /** Null for no colour. */
    static Semaforo semaforo(Color color) {
        return color == null ? null : SEMAFOROS.get(color);
    }
}
