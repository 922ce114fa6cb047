package mx.pbrsed.capture.rest.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import mx.pbrsed.capture.domain.CalendarioCaptura;
import mx.pbrsed.capture.rest.model.Calendario;
import mx.pbrsed.capture.rest.model.CalendarioRequest;
import mx.pbrsed.capture.service.CalendarioService.CalendarioVigente;

public final class CalendarioMapper {
    private CalendarioMapper() {
    }

    public static List<CalendarioCaptura.Propuesta> aPropuestas(CalendarioRequest request) {
        return request.ventanas().stream().map(v -> new CalendarioCaptura.Propuesta(v.trimestre(), v.abre(), v.cierra()))
                .toList();
    }

    public static Calendario aModelo(CalendarioVigente vigente) {
        var zona = vigente.zona();
        var ventanas = vigente.calendario().ventanas().entrySet().stream()
                .map(e -> new Calendario.Ventana(e.getKey(), e.getValue().abre(), e.getValue().cierra(),
                        OffsetDateTime.ofInstant(e.getValue().cierreInstante(zona), zona)))
                .toList();
        return new Calendario(vigente.calendario().ejercicio(), vigente.porDefecto(), zona.getId(), ventanas,
                vigente.actualizadoPor(), vigente.actualizadoEn());
    }
}
