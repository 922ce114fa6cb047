package mx.pbrsed.capture.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The four capture windows of an ejercicio, one per trimestre. */
public record CalendarioCaptura(int ejercicio, SortedMap<Integer, VentanaCaptura> ventanas) {

    public CalendarioCaptura {
        ventanas = Collections.unmodifiableSortedMap(new TreeMap<>(ventanas));
    }

    /** A window as an administrator proposes it, before it is checked. */
    public record Propuesta(int trimestre, LocalDate abre, LocalDate cierra) {
    }

    /** The SPEC default for every trimestre: from the day after it ends, for the given calendar days. */
    public static CalendarioCaptura porDefecto(int ejercicio, int dias) {
        SortedMap<Integer, VentanaCaptura> ventanas = new TreeMap<>();
        for (int trimestre = 1; trimestre <= 4; trimestre++) {
            ventanas.put(trimestre, VentanaCaptura.porDefecto(ejercicio, trimestre, dias));
        }
        return new CalendarioCaptura(ejercicio, ventanas);
    }

    /**
     * Checks an administrator's calendar: one window per trimestre, each opening after its
     * quarter ended (the figures do not exist before) and closing within a year of it.
     *
     * @throws CalendarioRechazadoException with every rejected field, named ventanas[i].campo
     */
    public static CalendarioCaptura definir(int ejercicio, List<Propuesta> propuestas) {
        List<Rechazo> rechazos = new ArrayList<>();
        SortedMap<Integer, VentanaCaptura> ventanas = new TreeMap<>();
        for (int i = 0; i < propuestas.size(); i++) {
            Propuesta p = propuestas.get(i);
            String campo = "ventanas[" + i + "].";
            if (p.trimestre() < 1 || p.trimestre() > 4) {
                rechazos.add(new Rechazo(campo + "trimestre", "El trimestre va de 1 a 4, no " + p.trimestre()));
                continue;
            }
            LocalDate finTrimestre = finTrimestre(ejercicio, p.trimestre());
            int antes = rechazos.size();
            if (!p.abre().isAfter(finTrimestre)) {
                rechazos.add(new Rechazo(campo + "abre", "La ventana del trimestre " + p.trimestre()
                        + " abre después de que el trimestre termina (" + finTrimestre + "), no el " + p.abre()));
            }
            if (p.cierra().isBefore(p.abre())) {
                rechazos.add(new Rechazo(campo + "cierra", "La ventana cierra (" + p.cierra() + ") antes de abrir (" + p.abre() + ")"));
            } else if (p.cierra().isAfter(finTrimestre.plusYears(1))) {
                rechazos.add(new Rechazo(campo + "cierra", "La ventana cierra a más tardar un año después del trimestre ("
                        + finTrimestre.plusYears(1) + "), no el " + p.cierra()));
            }
            if (ventanas.containsKey(p.trimestre())) {
                rechazos.add(new Rechazo(campo + "trimestre", "El trimestre " + p.trimestre() + " tiene más de una ventana"));
            } else if (rechazos.size() == antes) {
                ventanas.put(p.trimestre(), new VentanaCaptura(p.abre(), p.cierra()));
            }
        }
        if (rechazos.isEmpty() && ventanas.size() != 4) {
            rechazos.add(new Rechazo("ventanas", "Se espera una ventana por trimestre (1 a 4); se recibieron " + ventanas.keySet()));
        }
        if (!rechazos.isEmpty()) {
            throw new CalendarioRechazadoException(rechazos);
        }
        return new CalendarioCaptura(ejercicio, ventanas);
    }

    public VentanaCaptura ventana(int trimestre) {
        VentanaCaptura ventana = ventanas.get(trimestre);
        if (ventana == null) {
            throw new IllegalArgumentException("Trimestre fuera de rango: " + trimestre);
        }
        return ventana;
    }

    static LocalDate finTrimestre(int ejercicio, int trimestre) {
        return LocalDate.of(ejercicio, trimestre * 3, 1).plusMonths(1).minusDays(1);
    }
}
