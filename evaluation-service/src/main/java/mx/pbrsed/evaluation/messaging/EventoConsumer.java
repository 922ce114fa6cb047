package mx.pbrsed.evaluation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import mx.pbrsed.evaluation.service.EvaluacionService;
import mx.pbrsed.evaluation.service.PresupuestoService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The four topics feed the transactional services; a record that cannot be read (bad JSON, an
 * unknown schema version) is nacked, so it goes to the channel's dead-letter topic with the
 * reason and consumption goes on.
 */
@ApplicationScoped
public class EventoConsumer {
    static final int SCHEMA_VERSION = 1;

    private final EvaluacionService evaluacion;
    private final PresupuestoService presupuesto;
    private final ObjectMapper json;
    private final MeterRegistry metricas;

    public EventoConsumer(EvaluacionService evaluacion, PresupuestoService presupuesto, ObjectMapper json,
                          MeterRegistry metricas) {
        this.evaluacion = evaluacion;
        this.presupuesto = presupuesto;
        this.json = json;
        this.metricas = metricas;
    }

    @Incoming("indicadores")
    @Blocking
    public void indicador(String payload) throws JsonProcessingException {
        contar("indicadores", () -> evaluacion.definicionRecibida(leer(payload, IndicadorPublicadoEvent.class), payload));
    }

    @Incoming("capturas")
    @Blocking
    public void captura(String payload) throws JsonProcessingException {
        contar("capturas", () -> evaluacion.capturaRecibida(leer(payload, CapturaRegistradaEvent.class)));
    }

    @Incoming("programas")
    @Blocking
    public void programa(String payload) throws JsonProcessingException {
        contar("programas", () -> presupuesto.programaRecibido(leer(payload, ProgramaPublicadoEvent.class)));
    }

    @Incoming("devengados")
    @Blocking
    public void devengado(String payload) throws JsonProcessingException {
        contar("devengados", () -> presupuesto.devengadoRecibido(leer(payload, DevengadoRegistradoEvent.class)));
    }

    /**
     * Counts each event applied or rejected, per channel; a rejected one is the one the failure
     * strategy sends to the dead-letter topic.
     */
    private void contar(String canal, Aplicacion aplicacion) throws JsonProcessingException {
        try {
            aplicacion.aplicar();
            metricas.counter("pbrsed.eventos.aplicados", "canal", canal).increment();
        } catch (JsonProcessingException | RuntimeException e) {
            String razon = e instanceof EsquemaNoSoportadoException ? "esquema-no-soportado"
                    : e instanceof JsonProcessingException ? "json-invalido" : "error";
            metricas.counter("pbrsed.eventos.rechazados", "canal", canal, "razon", razon).increment();
            throw e;
        }
    }

    @FunctionalInterface
    private interface Aplicacion {
        void aplicar() throws JsonProcessingException;
    }

    /** Read as the version this service knows, or refused before any field is trusted. */
    private <T> T leer(String payload, Class<T> tipo) throws JsonProcessingException {
        JsonNode schemaVersion = json.readTree(payload).path("schemaVersion");
        if (!schemaVersion.isInt() || schemaVersion.intValue() != SCHEMA_VERSION) {
            throw new EsquemaNoSoportadoException(schemaVersion.isMissingNode() ? "ausente" : schemaVersion.toString());
        }
        // Parsed again from the text rather than the tree, which holds decimals as doubles.
        return json.readValue(payload, tipo);
    }
}
