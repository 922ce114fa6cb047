package mx.pbrsed.evaluation.service;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The lists one answer is built from, each read one row past its bound so that passing it is seen.
 * A whole state publishes about 3,000 indicators of 300 programs per ejercicio (deploy/bench's full
 * scale), so the bounds are never reached by real data, yet no answer is built beyond them in memory.
 */
public final class Acotadas {
    /** Indicators one answer covers (a summary, a report, the open-data CSV). */
    public static final int INDICADORES_POR_CONSULTA = 20_000;
    /** Programs one summary adds up. */
    public static final int PROGRAMAS_POR_CONSULTA = 2_000;

    private Acotadas() {
    }

    /** {@code lectura} reads at most as many rows as it is given. */
    static <T> List<T> indicadores(IntFunction<List<T>> lectura) {
        return hasta(lectura, INDICADORES_POR_CONSULTA, "indicadores");
    }

    static <T> List<T> programas(IntFunction<List<T>> lectura) {
        return hasta(lectura, PROGRAMAS_POR_CONSULTA, "programas");
    }

    private static <T> List<T> hasta(IntFunction<List<T>> lectura, int maximo, String que) {
        List<T> leidas = lectura.apply(maximo + 1);
        if (leidas.size() > maximo) {
            throw new RespuestaDemasiadoGrandeException(que, maximo);
        }
        return leidas;
    }
}
