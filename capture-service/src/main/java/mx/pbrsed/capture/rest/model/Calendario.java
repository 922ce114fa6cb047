package mx.pbrsed.capture.rest.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The capture windows of an ejercicio; {@code porDefecto} when no administrator set them.
 * {@code cierraEn} is the instant the window closes: the end of its cierra day in the zone.
 */
public record Calendario(int ejercicio, boolean porDefecto, String zona, List<Ventana> ventanas,
                         String actualizadoPor, OffsetDateTime actualizadoEn) {

    public record Ventana(int trimestre, LocalDate abre, LocalDate cierra, OffsetDateTime cierraEn) {
    }
}
