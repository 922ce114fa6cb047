package mx.pbrsed.catalog.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.pbrsed.catalog.domain.EstadoIndicador;
import mx.pbrsed.catalog.repository.IndicadorVersionEntity;

/** One published version of an indicator and who made it. */
public record VersionView(int version, EstadoIndicador estado, LocalDate vigenteDesde, OffsetDateTime publicadoEn,
                          String registradoPor) {

    static VersionView de(IndicadorVersionEntity v) {
        return new VersionView(v.version, v.estado, v.vigenteDesde, v.publicadoEn, v.registradoPor);
    }
}
