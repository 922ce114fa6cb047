package mx.pbrsed.catalog.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import mx.pbrsed.catalog.domain.EstadoIndicador;
import mx.pbrsed.catalog.domain.FichaTecnica;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.repository.Ficha;
import mx.pbrsed.catalog.repository.IndicadorEntity;
import mx.pbrsed.catalog.repository.IndicadorVersionEntity;
import mx.pbrsed.catalog.repository.ObjetivoEntity;

/** One version of an indicator: actualizadoEn is when it was made, registradoPor who made it. */
public record IndicadorView(UUID id, String clave, int version, EstadoIndicador estado, LocalDate vigenteDesde,
                            int ejercicio, String programaClave, UUID objetivoId, Nivel nivel, FichaTecnica ficha,
                            OffsetDateTime actualizadoEn, String registradoPor) {

    static IndicadorView de(IndicadorEntity i) {
        return de(i.id, i.clave, i.version, i.estado, i.vigenteDesde, i.objetivo, i.ficha, i.actualizadoEn, i.registradoPor);
    }

    /** A past version reads as the indicator did then; the clave never changes. */
    static IndicadorView de(IndicadorVersionEntity v, String clave) {
        return de(v.indicadorId, clave, v.version, v.estado, v.vigenteDesde, v.objetivo, v.ficha, v.publicadoEn, v.registradoPor);
    }

    private static IndicadorView de(UUID id, String clave, int version, EstadoIndicador estado, LocalDate vigenteDesde,
                                    ObjetivoEntity objetivo, Ficha ficha, OffsetDateTime actualizadoEn, String registradoPor) {
        return new IndicadorView(id, clave, version, estado, vigenteDesde, objetivo.programa.ejercicio,
                objetivo.programa.clave, objetivo.id, objetivo.nivel, ficha.comoFichaTecnica(), actualizadoEn, registradoPor);
    }
}
