package mx.pbrsed.platform.consumo;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

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
    static String razon(Exception e) {
        if (e instanceof EventoNoAdmitidoException noAdmitido) {
            return noAdmitido.razon();
        }
        return e instanceof JsonProcessingException ? "json-invalido" : "error";
    }
}
