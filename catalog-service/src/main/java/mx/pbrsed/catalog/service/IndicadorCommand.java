package mx.pbrsed.catalog.service;

import java.time.LocalDate;
import java.util.UUID;
import mx.pbrsed.catalog.domain.FichaTecnica;

/**
 * A ficha técnica to register or to replace an indicator. vigenteDesde: optional when registering
 * (1 January of the ejercicio), required when replacing; a change names its author (modificadoPor)
 * and, if the metas modificadas change, a justificacion. clave null takes the objective's next one.
 */
public record IndicadorCommand(String clave, UUID objetivoId, FichaTecnica ficha, LocalDate vigenteDesde,
                               String justificacion, String modificadoPor) {

    /** This ficha for the objective, with the date and author of a change, as a document applies it. */
    IndicadorCommand en(UUID objetivo, LocalDate desde, String autor) {
        return new IndicadorCommand(clave, objetivo, ficha, desde, justificacion, autor);
    }
}
