package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;

/** Half-open range [desde, hasta) of avance (%) with its colour; hasta null means no upper bound. */
public record RangoSemaforo(BigDecimal desde, BigDecimal hasta, Color color) {

    public RangoSemaforo {
        if (desde == null) {
            throw new DefinicionInvalidaException(ParametrosSemaforo.CAMPO, "Un rango no tiene 'desde'");
        }
        if (color == null) {
            throw new DefinicionInvalidaException(ParametrosSemaforo.CAMPO,
                    "El rango que empieza en " + numero(desde) + " no tiene color");
        }
        if (hasta != null && desde.compareTo(hasta) >= 0) {
            throw new DefinicionInvalidaException(ParametrosSemaforo.CAMPO,
                    "El rango " + color + " [" + numero(desde) + ", " + numero(hasta)
                            + ") está vacío: 'desde' debe ser menor que 'hasta'");
        }
        desde = Decimales.canonico(desde);
        hasta = Decimales.canonico(hasta);
    }

    public boolean esAbierto() {
        return hasta == null;
    }

    /** E.g. "ROJO [0, 70)" or "EXCEDIDO [116, ∞)", for messages. */
    public String descripcion() {
        return color + " [" + numero(desde) + ", " + (esAbierto() ? "∞" : numero(hasta)) + ")";
    }

    static String numero(BigDecimal valor) {
        return valor.stripTrailingZeros().toPlainString();
    }
}
