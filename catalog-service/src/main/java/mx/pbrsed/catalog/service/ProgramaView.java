package mx.pbrsed.catalog.service;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.repository.ObjetivoEntity;
import mx.pbrsed.catalog.repository.ProgramaEntity;

/** A programa's current version with its MIR, in the order Nivel declares. */
public record ProgramaView(UUID id, int version, DatosPrograma datos, List<ObjetivoView> objetivos,
                           OffsetDateTime actualizadoEn, String registradoPor) {

    static ProgramaView de(ProgramaEntity p) {
        return new ProgramaView(p.id, p.version, DatosPrograma.de(p), p.objetivos.stream()
                // the column holds names, which sort otherwise
                .sorted(Comparator.comparing((ObjetivoEntity o) -> o.nivel))
                .map(ObjetivoView::de).toList(),
                p.actualizadoEn, p.registradoPor);
    }
}
