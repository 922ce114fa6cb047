package mx.pbrsed.evaluation.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
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

    public EventoConsumer(EvaluacionService evaluacion, PresupuestoService presupuesto, ObjectMapper json) {
        this.evaluacion = evaluacion;
        this.presupuesto = presupuesto;
        this.json = json;
    }

    @Incoming("indicadores")
    @Blocking
    public void indicador(String payload) throws JsonProcessingException {
        evaluacion.definicionRecibida(leer(payload, IndicadorPublicadoEvent.class), payload);
    }

    @Incoming("capturas")
    @Blocking
    public void captura(String payload) throws JsonProcessingException {
        evaluacion.capturaRecibida(leer(payload, CapturaRegistradaEvent.class));
    }

    @Incoming("programas")
    @Blocking
    public void programa(String payload) throws JsonProcessingException {
        presupuesto.programaRecibido(leer(payload, ProgramaPublicadoEvent.class));
    }

    @Incoming("devengados")
    @Blocking
    public void devengado(String payload) throws JsonProcessingException {
        presupuesto.devengadoRecibido(leer(payload, DevengadoRegistradoEvent.class));
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
