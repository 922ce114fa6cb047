package mx.pbrsed.capture.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days [abre, cierra], both inclusive, in which a quarter's captura is on time. */
public record VentanaCaptura(LocalDate abre, LocalDate cierra) {

    public VentanaCaptura {
        Objects.requireNonNull(abre, "abre");
        Objects.requireNonNull(cierra, "cierra");
        if (cierra.isBefore(abre)) {
            throw new IllegalArgumentException("La ventana cierra (" + cierra + ") antes de abrir (" + abre + ")");
        }
    }

    /** SPEC default: from the first day after the quarter ends, for the given number of calendar days. */
    public static VentanaCaptura porDefecto(int ejercicio, int trimestre, int dias) {
        if (trimestre < 1 || trimestre > 4) {
            throw new IllegalArgumentException("Trimestre fuera de rango: " + trimestre);
        }
        LocalDate abre = LocalDate.of(ejercicio, trimestre * 3, 1).plusMonths(1);
        return new VentanaCaptura(abre, abre.plusDays(dias - 1L));
    }

    public boolean abierta(Instant momento, ZoneId zona) {
        LocalDate dia = momento.atZone(zona).toLocalDate();
        return !dia.isBefore(abre) && !dia.isAfter(cierra);
    }

    public boolean porAbrir(Instant momento, ZoneId zona) {
        return momento.atZone(zona).toLocalDate().isBefore(abre);
    }

    /** Whole calendar days after the closing day; 0 while the window is open or not yet open. */
    public int diasRetraso(Instant momento, ZoneId zona) {
        LocalDate dia = momento.atZone(zona).toLocalDate();
        return dia.isAfter(cierra) ? (int) ChronoUnit.DAYS.between(cierra, dia) : 0;
    }

    /** The instant the window closes: the end of its last day in the given zone. */
    public Instant cierreInstante(ZoneId zona) {
        return cierra.plusDays(1).atStartOfDay(zona).toInstant();
    }
}
