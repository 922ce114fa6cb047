package mx.pbrsed.capture.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import mx.pbrsed.capture.domain.CalendarioCaptura;
import mx.pbrsed.capture.repository.CalendarioVentanaEntity;
import mx.pbrsed.capture.rest.model.Calendario;

public final class CalendarioMapper {
    private CalendarioMapper() {
    }

    /** {@code filas} are the administrator's rows the calendar came from; none for the default. */
    public static Calendario aModelo(CalendarioCaptura calendario, List<CalendarioVentanaEntity> filas, ZoneId zona) {
        var ventanas = calendario.ventanas().entrySet().stream()
                .map(e -> new Calendario.Ventana(e.getKey(), e.getValue().abre(), e.getValue().cierra(),
                        OffsetDateTime.ofInstant(e.getValue().cierreInstante(zona), zona)))
                .toList();
        var ultima = filas.stream().max(Comparator.comparing((CalendarioVentanaEntity f) -> f.actualizadoEn));
        return new Calendario(calendario.ejercicio(), filas.isEmpty(), zona.getId(), ventanas,
                ultima.map(f -> f.actualizadoPor).orElse(null), ultima.map(f -> f.actualizadoEn).orElse(null));
    }
}
