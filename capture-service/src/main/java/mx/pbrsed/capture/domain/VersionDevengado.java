package mx.pbrsed.capture.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One version of a program's devengado (MXN accrued from January) up to the end of a trimestre. */
public record VersionDevengado(UUID id, int ejercicio, String programaClave, int trimestre, int version,
                               BigDecimal devengadoAcumulado, String capturadoPor, OffsetDateTime capturadoEn) {
}
