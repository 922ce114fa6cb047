package mx.pbrsed.catalog.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * The part of capture-service's CapturaRegistradaEvent (topic "capturas", key indicadorId) the
 * catalog reads: that an indicator has capturas. Other and future fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CapturaRegistradaEvent(int schemaVersion, UUID eventId, UUID indicadorId) {
}
