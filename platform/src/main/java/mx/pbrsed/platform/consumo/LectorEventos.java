package mx.pbrsed.platform.consumo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every consumer of every service reads its records here, so an event of a schema version the
 * service does not know is refused before any of its fields is trusted: the consumer throws, the
 * failure strategy dead-letters the record with the reason, and it counts as
 * {@code esquema-no-soportado} ({@link ConteoEventos}).
 */
@ApplicationScoped
public class LectorEventos {
    /** The one version of every event contract (deploy/contracts/asyncapi.yaml). */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper json;

    public LectorEventos(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The record as a {@code tipo}, if it is JSON of the version this service reads.
     *
     * @throws JsonProcessingException if it is not JSON, or not a {@code tipo}
     * @throws EsquemaNoSoportadoException if its {@code schemaVersion} is missing or another
     */
    public <T> T leer(String payload, Class<T> tipo) throws JsonProcessingException {
        JsonNode schemaVersion = json.readTree(payload).path("schemaVersion");
        if (!schemaVersion.isInt() || schemaVersion.intValue() != SCHEMA_VERSION) {
            throw new EsquemaNoSoportadoException(schemaVersion.isMissingNode() ? "ausente" : schemaVersion.toString());
        }
        // Parsed again from the text rather than the tree, which holds decimals as doubles. The
        // service's strict JSON refuses a missing number, as a request must; an event's contract
        // leaves some optional with 0 meaning absent (CapturaRegistradaEvent's revision).
        return json.readerFor(tipo).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).readValue(payload);
    }
}
