package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The parametros de semaforizacion of an indicator: contiguous ranges covering [0, infinity).
 * The catalog validates them already; they are checked again here because a wrong set would
 * silently colour results.
 */
public record Semaforo(List<RangoSemaforo> rangos) {

    public Semaforo {
        Objects.requireNonNull(rangos, "rangos");
        rangos = List.copyOf(rangos);
        if (rangos.isEmpty()) {
            throw new IllegalArgumentException("El semaforo no tiene rangos");
        }
        if (rangos.get(0).desde().signum() != 0) {
            throw new IllegalArgumentException("El primer rango debe empezar en 0: " + rangos.get(0));
        }
        for (int i = 0; i < rangos.size() - 1; i++) {
            RangoSemaforo actual = rangos.get(i);
            RangoSemaforo siguiente = rangos.get(i + 1);
            if (actual.abierto()) {
                throw new IllegalArgumentException("Solo el ultimo rango puede ser abierto: " + actual);
            }
            if (actual.hasta().compareTo(siguiente.desde()) != 0) {
                throw new IllegalArgumentException(
                        "Rangos no contiguos (hueco o traslape): " + actual + " y " + siguiente);
            }
        }
        if (!rangos.get(rangos.size() - 1).abierto()) {
            throw new IllegalArgumentException("El ultimo rango debe ser abierto: " + rangos.get(rangos.size() - 1));
        }
    }

    /**
     * Colour of an avance already rounded as shown, so the colour never contradicts the number.
     * A negative avance (DESCENDENTE LINEAL with R > 2M) is below every range and takes the
     * first one's colour.
     */
    public Color colorDe(BigDecimal avanceRedondeado) {
        Objects.requireNonNull(avanceRedondeado, "avanceRedondeado");
        return rangos.stream()
                .filter(rango -> rango.contiene(avanceRedondeado))
                .findFirst()
                .orElse(rangos.get(0))
                .color();
    }

    /** Colour of the open-ended top range, taken by INVERSA with R = 0: no avance number, best outcome. */
    public Color colorAbierto() {
        return rangos.get(rangos.size() - 1).color();
    }
}
