package mx.pbrsed.capture.domain;

import java.math.BigDecimal;
import java.util.Map;

/** The variable values of one month; a quarterly captura's values belong to the quarter's last month. */
public record ValoresMes(int mes, Map<String, BigDecimal> valores) {
}
