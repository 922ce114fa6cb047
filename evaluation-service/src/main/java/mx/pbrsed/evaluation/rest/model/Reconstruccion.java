package mx.pbrsed.evaluation.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a rebuild did: from the replicas it counts the results that changed (0 when the
 * incremental computation was right); from the topics, the events read and rejected.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reconstruccion(Origen origen, long indicadores, Long resultadosCambiados, Long eventosLeidos,
                             Long eventosRechazados) {

    public enum Origen {
        REPLICAS,
        TOPICS
    }
}
