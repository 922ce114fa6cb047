package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Parámetros de semaforización: ranges that cover [0, ∞) exactly once, so every avance has
 * one colour. Kept sorted by desde whatever the input order.
 */
public record ParametrosSemaforo(List<RangoSemaforo> rangos) {

    public static final String CAMPO = "parametrosSemaforo";

    private static final BigDecimal DECIMA = new BigDecimal("0.1");

    public ParametrosSemaforo {
        if (rangos == null || rangos.isEmpty()) {
            throw new DefinicionInvalidaException(CAMPO, "Se requiere al menos un rango");
        }
        if (rangos.stream().anyMatch(Objects::isNull)) {
            throw new DefinicionInvalidaException(CAMPO, "Hay un rango nulo");
        }
        List<RangoSemaforo> ordenados = new ArrayList<>(rangos);
        ordenados.sort(Comparator.comparing(RangoSemaforo::desde));
        validarCobertura(ordenados);
        rangos = List.copyOf(ordenados);
    }

    private static void validarCobertura(List<RangoSemaforo> ordenados) {
        RangoSemaforo primero = ordenados.get(0);
        if (primero.desde().signum() != 0) {
            throw new DefinicionInvalidaException(CAMPO, "El primer rango debe empezar en 0 y "
                    + primero.descripcion() + " empieza en " + RangoSemaforo.numero(primero.desde()));
        }
        for (int i = 0; i + 1 < ordenados.size(); i++) {
            RangoSemaforo rango = ordenados.get(i);
            RangoSemaforo siguiente = ordenados.get(i + 1);
            if (rango.esAbierto()) {
                throw new DefinicionInvalidaException(CAMPO, "Solo el último rango puede ser abierto y "
                        + rango.descripcion() + " va antes de " + siguiente.descripcion());
            }
            int comparacion = rango.hasta().compareTo(siguiente.desde());
            if (comparacion < 0) {
                throw new DefinicionInvalidaException(CAMPO, "Hueco entre " + RangoSemaforo.numero(rango.hasta())
                        + " y " + RangoSemaforo.numero(siguiente.desde()) + ": " + rango.descripcion()
                        + " termina antes de que empiece " + siguiente.descripcion());
            }
            if (comparacion > 0) {
                throw new DefinicionInvalidaException(CAMPO, "Traslape entre "
                        + RangoSemaforo.numero(siguiente.desde()) + " y " + RangoSemaforo.numero(rango.hasta())
                        + ": " + rango.descripcion() + " se encima con " + siguiente.descripcion());
            }
        }
        RangoSemaforo ultimo = ordenados.get(ordenados.size() - 1);
        if (!ultimo.esAbierto()) {
            throw new DefinicionInvalidaException(CAMPO, "El último rango " + ultimo.descripcion()
                    + " debe ser abierto (sin 'hasta') para cubrir cualquier avance mayor");
        }
    }

    /**
     * The seed's default for ASCENDENTE, also right for DESCENDENTE because its avance formula
     * already makes higher better; REGULAR gets a band around the meta, amber on both sides.
     */
    public static ParametrosSemaforo porDefecto(Comportamiento comportamiento) {
        return switch (Objects.requireNonNull(comportamiento, "comportamiento")) {
            case ASCENDENTE, DESCENDENTE -> new ParametrosSemaforo(List.of(
                    rango(0, 70, Color.ROJO),
                    rango(70, 95, Color.AMARILLO),
                    rango(95, 116, Color.VERDE),
                    new RangoSemaforo(BigDecimal.valueOf(116), null, Color.EXCEDIDO)));
            case REGULAR -> new ParametrosSemaforo(List.of(
                    rango(0, 85, Color.ROJO),
                    rango(85, 95, Color.AMARILLO),
                    rango(95, 106, Color.VERDE),
                    rango(106, 116, Color.AMARILLO),
                    new RangoSemaforo(BigDecimal.valueOf(116), null, Color.EXCEDIDO)));
        };
    }

    /**
     * The ranges as the state's report prints them: bounds inclusive at one decimal, so
     * [95, 116) reads "VERDE 95.0% - 115.9%" and the open top "EXCEDIDO >= 116.0%".
     */
    public List<String> comoTextoPublicado() {
        return rangos.stream().map(ParametrosSemaforo::publicado).toList();
    }

    private static String publicado(RangoSemaforo rango) {
        // Smallest one-decimal value inside the range, and the largest one below hasta.
        String desde = rango.desde().setScale(1, RoundingMode.CEILING).toPlainString();
        if (rango.esAbierto()) {
            return rango.color() + " >= " + desde + "%";
        }
        String hasta = rango.hasta().setScale(1, RoundingMode.CEILING).subtract(DECIMA).toPlainString();
        return rango.color() + " " + desde + "% - " + hasta + "%";
    }

    private static RangoSemaforo rango(int desde, int hasta, Color color) {
        return new RangoSemaforo(BigDecimal.valueOf(desde), BigDecimal.valueOf(hasta), color);
    }
}
