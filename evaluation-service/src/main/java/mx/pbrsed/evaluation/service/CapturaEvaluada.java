package mx.pbrsed.evaluation.service;

import java.time.OffsetDateTime;

/** Fired in the transaction that evaluated a captura; observed once it commits. */
public record CapturaEvaluada(OffsetDateTime capturadoEn) {
}
