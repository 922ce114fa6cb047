package mx.pbrsed.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON the harness writes and reads, as records Jackson maps: the REST request bodies (the
 * tests check them against each service's committed OpenAPI), the few fields of the answers it
 * reads, and the replay set's events (checked against the AsyncAPI before each is produced).
 */
final class Cuerpos {
    private Cuerpos() {
    }

    // --- parts shared by the catalog's API and the events ---------------------------------

    /** A month's value of each variable: a meta, a monthly captura, an event's valoresPorMes. */
    record ValoresMes(int mes, Map<String, BigDecimal> valores) {
    }

    /** The catalog takes familia and expresion, and publishes the tree it parsed them into. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MetodoCalculo(Familia familia, String expresion, NodoExpresion arbol) {
    }

    record Variable(String clave, String descripcion, String tipo) {
    }

    /** A node of a formula's tree, with only the fields of its tipo (the catalog omits nulls). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NodoExpresion(String tipo, BigDecimal valor, String clave, String operador, NodoExpresion izquierda,
                         NodoExpresion derecha) {
        static NodoExpresion numero(int valor) {
            return new NodoExpresion("NUMERO", BigDecimal.valueOf(valor), null, null, null, null);
        }

        static NodoExpresion variable(String clave) {
            return new NodoExpresion("VARIABLE", null, clave, null, null, null);
        }

        static NodoExpresion operacion(String operador, NodoExpresion izquierda, NodoExpresion derecha) {
            return new NodoExpresion("OPERACION", null, null, operador, izquierda, derecha);
        }
    }

    // --- REST request bodies ---------------------------------------------------------------

    /** POST /ramos (no ramo) and POST /unidades-responsables (the UR's ramo). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReferenciaRequest(String clave, String nombre, String ramo) {
    }

    record ClaveNombre(String clave, String nombre) {
    }

    record ProgramaRequest(int ejercicio, ClaveNombre ramo, ClaveNombre unidadResponsable, String clave, String nombre,
                           BigDecimal presupuestoAprobado, BigDecimal presupuestoModificado) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ObjetivoRequest(String nivel, String resumenNarrativo, String responsable, UUID padreId) {
    }

    /** POST /indicadores; semáforo left to the comportamiento's default. */
    record IndicadorRequest(UUID objetivoId, String nombre, String tipo, String dimension, String comportamiento,
                            Frecuencia frecuencia, String unidadMedida, MetodoCalculo metodoCalculo, List<Variable> variables,
                            String mediosVerificacion, Metas metasCalendarizadas) {
    }

    record Metas(List<ValoresMes> aprobadas, List<ValoresMes> modificadas) {
    }

    /** POST /capturas and each element of POST /capturas/lote: valoresMensuales for MENSUAL, valores otherwise. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CapturaRequest(UUID indicadorId, int ejercicio, int trimestre, Map<String, BigDecimal> valores,
                          List<ValoresMes> valoresMensuales, String analisisLogro, String justificacionVariacion,
                          boolean preliminar) {
    }

    // --- the fields of the answers the harness reads ----------------------------------------

    /** A 201 of the catalog. */
    record Creado(UUID id) {
    }

    /** A 201 of POST /capturas. */
    record CapturaCreada(int version) {
    }

    /** A problem+json answer. */
    record Problema(String detail) {
    }

    /** GET /indicadores/{id}/resultados of evaluation-service. */
    record ResultadosIndicador(List<ResultadoPeriodo> resultados) {
        /** The captura version the quarter's result was computed from; -1 while there is none. */
        int capturaVersion(int trimestre) {
            return resultados.stream().filter(r -> r.trimestre() == trimestre && r.capturaVersion() != null)
                    .mapToInt(ResultadoPeriodo::capturaVersion).findFirst().orElse(-1);
        }
    }

    record ResultadoPeriodo(int trimestre, Integer capturaVersion) {
    }

    // --- events -------------------------------------------------------------------------------

    /** What every event carries, and its CloudEvents headers repeat. */
    interface Evento {
        UUID eventId();

        OffsetDateTime occurredAt();
    }

    /** IndicadorPublicadoEvent v1, as catalog-service writes it to "indicadores". */
    record IndicadorPublicadoEvent(int schemaVersion, UUID eventId, OffsetDateTime occurredAt, UUID indicadorId, int version,
                                   String estado, Programa programa, String nivel, String nombre, String tipo, String dimension,
                                   String comportamiento, String formulaDescendente, Frecuencia frecuencia, String unidadMedida,
                                   MetodoCalculo metodoCalculo, List<Variable> variables, List<ValoresMes> metasModificadas,
                                   List<RangoSemaforo> parametrosSemaforo) implements Evento {
    }

    record Programa(int ejercicio, String clave, String nombre, String ramo, String unidadResponsable) {
    }

    /** [desde, hasta) over avance; the last range's hasta is an explicit null. */
    record RangoSemaforo(BigDecimal desde, BigDecimal hasta, String color) {
    }

    /** CapturaRegistradaEvent v1, as capture-service's outbox relay writes it to "capturas". */
    record CapturaRegistradaEvent(int schemaVersion, UUID eventId, OffsetDateTime occurredAt, UUID capturaId, UUID indicadorId,
                                  int definicionVersion, int ejercicio, int trimestre, int version, String estado,
                                  List<ValoresMes> valoresPorMes, boolean preliminar, boolean tardia, String justificacionVariacion,
                                  String capturadoPor, OffsetDateTime capturadoEn, int revision) implements Evento {
    }
}
