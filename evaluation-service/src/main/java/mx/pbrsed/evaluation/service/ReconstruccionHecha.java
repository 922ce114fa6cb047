package mx.pbrsed.evaluation.service;

import java.time.OffsetDateTime;

/**
 * What a rebuild did and who asked for it: from the replicas it counts the results that changed;
 * from the topics, the events read and rejected (the counts of the other origin are null).
 */
public record ReconstruccionHecha(String solicitadoPor, OffsetDateTime solicitadoEn, long indicadores,
                                  Long resultadosCambiados, Long eventosLeidos, Long eventosRechazados) {
}
