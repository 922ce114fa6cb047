package mx.pbrsed.capture.domain;

import java.util.UUID;

/**
 * A captura of an indicator capture's replica does not have. Capture cannot tell one the catalog
 * published a moment ago (its event arrives within a second) from one that does not exist, so it
 * says what it knows: not known here yet, worth retrying shortly.
 */
public class IndicadorNoReplicadoException extends CapturaRechazadaException {
    public IndicadorNoReplicadoException(UUID indicadorId) {
        super("indicadorId", "El indicador " + indicadorId + " aún no está en la réplica del catálogo publicado que tiene capture: "
                + "si se acaba de publicar llegará en instantes, reintente tras Retry-After; si el catálogo no lo publicó, "
                + "se seguirá rechazando");
    }
}
