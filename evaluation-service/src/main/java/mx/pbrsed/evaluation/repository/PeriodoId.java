package mx.pbrsed.evaluation.repository;

import java.io.Serializable;
import java.util.UUID;

/** Identifies an indicator-period: the key of capturas and results. */
public record PeriodoId(UUID indicadorId, int ejercicio, int trimestre) implements Serializable {
}
