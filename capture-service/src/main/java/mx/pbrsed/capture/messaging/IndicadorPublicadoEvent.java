package mx.pbrsed.capture.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** The part of the catalog's "indicadores" event (schema version 1) that capture needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicadorPublicadoEvent(
        int schemaVersion,
        UUID indicadorId,
        int version,
        String estado,
        ProgramaRef programa,
        String nombre,
        String frecuencia,
        Integer anioLineaBase,
        List<Variable> variables) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProgramaRef(int ejercicio, String clave, String unidadResponsable) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Variable(String clave, String tipo) {
    }
}
