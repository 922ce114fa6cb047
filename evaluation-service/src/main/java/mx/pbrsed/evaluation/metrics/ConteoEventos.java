package mx.pbrsed.evaluation.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import mx.pbrsed.evaluation.mapping.FormulaNoAdmitidaException;
import mx.pbrsed.evaluation.messaging.EsquemaNoSoportadoException;

/**
 * {@code pbrsed.eventos.aplicados{canal}} and {@code pbrsed.eventos.rechazados{canal,razon}}: a
 * rejected event is one the failure strategy sends to the channel's dead-letter topic.
 */
@ApplicationScoped
public class ConteoEventos {
    private final MeterRegistry metricas;

    public ConteoEventos(MeterRegistry metricas) {
        this.metricas = metricas;
    }

    public void aplicados(String canal, long eventos) {
        if (eventos > 0) {
            metricas.counter("pbrsed.eventos.aplicados", "canal", canal).increment(eventos);
        }
    }

    public void rechazado(String canal, Exception causa) {
        metricas.counter("pbrsed.eventos.rechazados", "canal", canal, "razon", razon(causa)).increment();
    }

    /** A closed set, so the series stay few. */
    private static String razon(Exception e) {
        if (e instanceof EsquemaNoSoportadoException) {
            return "esquema-no-soportado";
        }
        if (e instanceof FormulaNoAdmitidaException) {
            return "formula-no-admitida";
        }
        return e instanceof JsonProcessingException ? "json-invalido" : "error";
    }
}
