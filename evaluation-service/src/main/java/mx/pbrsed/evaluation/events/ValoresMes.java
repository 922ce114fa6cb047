package mx.pbrsed.evaluation.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Map;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ValoresMes(int mes, Map<String, BigDecimal> valores) {
}
