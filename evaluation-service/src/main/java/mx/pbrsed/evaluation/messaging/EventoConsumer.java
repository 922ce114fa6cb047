package mx.pbrsed.evaluation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import mx.pbrsed.evaluation.metrics.EventosContados;
import mx.pbrsed.evaluation.service.EvaluacionService;
import mx.pbrsed.evaluation.service.PresupuestoService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The four topics feed the transactional services; a record that cannot be read (bad JSON, an
 * unknown schema version) is nacked, so it goes to the channel's dead-letter topic with the
 * reason and consumption goes on. Each event counts as applied or rejected ({@link EventosContados}).
 * A readable one whose database work fails transiently (PostgreSQL restarting...) is applied again
 * in place until it succeeds ({@link Reintentos}).
 */
@ApplicationScoped
@EventosContados
public class EventoConsumer {
    static final int SCHEMA_VERSION = 1;

    private final EvaluacionService evaluacion;
    private final PresupuestoService presupuesto;
    private final ObjectMapper json;
    private final Reintentos reintentos;

    public EventoConsumer(EvaluacionService evaluacion, PresupuestoService presupuesto, ObjectMapper json,
                          Reintentos reintentos) {
        this.evaluacion = evaluacion;
        this.presupuesto = presupuesto;
        this.json = json;
        this.reintentos = reintentos;
    }

    @Incoming("indicadores")
    @Blocking
    public void indicador(String payload) throws JsonProcessingException {
        var evento = leer(payload, IndicadorPublicadoEvent.class);
        reintentos.aplicar("indicadores", () -> evaluacion.definicionRecibida(evento, payload));
    }

    @Incoming("capturas")
    @Blocking
    public void captura(String payload) throws JsonProcessingException {
        var evento = leer(payload, CapturaRegistradaEvent.class);
        reintentos.aplicar("capturas", () -> evaluacion.capturaRecibida(evento));
    }

    @Incoming("programas")
    @Blocking
    public void programa(String payload) throws JsonProcessingException {
        var evento = leer(payload, ProgramaPublicadoEvent.class);
        reintentos.aplicar("programas", () -> presupuesto.programaRecibido(evento));
    }

    @Incoming("devengados")
    @Blocking
    public void devengado(String payload) throws JsonProcessingException {
        var evento = leer(payload, DevengadoRegistradoEvent.class);
        reintentos.aplicar("devengados", () -> presupuesto.devengadoRecibido(evento));
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
