package mx.pbrsed.capture.rest.model;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The variable values of one month; a quarterly captura's values belong to the quarter's last month. */
public record ValoresMes(@Schema(minimum = "1", maximum = "12") int mes, Map<String, BigDecimal> valores) {
}
