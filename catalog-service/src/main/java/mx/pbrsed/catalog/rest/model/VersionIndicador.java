package mx.pbrsed.catalog.rest.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.pbrsed.catalog.domain.EstadoIndicador;

/** One published version of an indicator; GET /indicadores/{id}?version=N gives its ficha. */
public record VersionIndicador(int version, EstadoIndicador estado, LocalDate vigenteDesde, OffsetDateTime publicadoEn) {
}
