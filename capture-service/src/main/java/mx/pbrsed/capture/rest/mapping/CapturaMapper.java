package mx.pbrsed.capture.rest.mapping;

import java.util.List;
import mx.pbrsed.capture.domain.NuevaCaptura;
import mx.pbrsed.capture.domain.ValoresMes;
import mx.pbrsed.capture.domain.VersionCaptura;
import mx.pbrsed.capture.rest.model.Captura;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.LoteResultado;
import mx.pbrsed.capture.service.CapturaLoteService.FilaRegistrada;

/** Capturas between the API's records and the service's commands and versions. */
public final class CapturaMapper {
    private CapturaMapper() {
    }

    /** @param r a request Bean Validation passed */
    public static NuevaCaptura aComando(CapturaRequest r) {
        List<ValoresMes> mensuales = r.valoresMensuales() == null ? null
                : r.valoresMensuales().stream().map(m -> new ValoresMes(m.mes(), m.valores())).toList();
        return new NuevaCaptura(r.indicadorId(), r.ejercicio(), r.trimestre(), r.valores(), mensuales, r.analisisLogro(),
                r.justificacionVariacion(), r.preliminar());
    }

    public static Captura aModelo(VersionCaptura c) {
        return new Captura(c.id(), c.indicadorId(), c.ejercicio(), c.trimestre(), c.version(), c.estado(),
                c.definicionVersion(),
                c.valores().stream().map(m -> new mx.pbrsed.capture.rest.model.ValoresMes(m.mes(), m.valores())).toList(),
                c.analisisLogro(), c.justificacionVariacion(), c.preliminar(), c.tardia(), c.diasRetraso(), c.capturadoPor(),
                c.capturadoEn(), c.revision(), c.validadoPor(), c.validadoEn(), c.comentario());
    }

    /** A dry run's rows have no id: nothing was stored. */
    public static LoteResultado aResultado(boolean dryRun, List<FilaRegistrada> filas) {
        int valores = filas.stream()
                .mapToInt(f -> f.captura().valores().stream().mapToInt(mes -> mes.valores().size()).sum()).sum();
        return new LoteResultado(dryRun, filas.size(), valores, filas.stream()
                .map(f -> {
                    VersionCaptura c = f.captura();
                    return new LoteResultado.Fila(f.fila(), dryRun ? null : c.id(), c.indicadorId(), c.ejercicio(),
                            c.trimestre(), c.version(), c.tardia(), c.diasRetraso());
                })
                .toList());
    }
}
