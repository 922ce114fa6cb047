package mx.pbrsed.capture.rest.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

public record Devengado(UUID id, int ejercicio, String programaClave, int trimestre, int version,
                        BigDecimal devengadoAcumulado, String capturadoPor, OffsetDateTime capturadoEn) {
}
