package mx.pbrsed.evaluation.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The part of the catalog's "indicadores" event (schema version 1) that evaluation needs. The MIR's
 * texts, the medios de verificación and the metas aprobadas are only printed by the report; a
 * definition published before the catalog sent them has them null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicadorPublicadoEvent(
        int schemaVersion,
        UUID eventId,
        UUID indicadorId,
        int version,
        String estado,
        ProgramaRef programa,
        String nivel,
        String nombre,
        String tipo,
        String dimension,
        String comportamiento,
        String formulaDescendente,
        String frecuencia,
        String unidadMedida,
        Integer anioLineaBase,
        MetodoCalculo metodoCalculo,
        List<Variable> variables,
        List<Meta> metasModificadas,
        List<Rango> parametrosSemaforo,
        String resumenNarrativo,
        String responsable,
        String mediosVerificacion,
        List<Meta> metasAprobadas) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProgramaRef(int ejercicio, String clave) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MetodoCalculo(String familia, String expresion, NodoExpresion arbol) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Variable(String clave, String descripcion, String tipo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meta(int mes, Map<String, BigDecimal> valores) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rango(BigDecimal desde, BigDecimal hasta, String color) {
    }
}
