package mx.pbrsed.evaluation.service;

import java.util.List;
import java.util.function.IntFunction;
import mx.pbrsed.evaluation.rest.model.Limites;

/** The lists one answer is built from, each read one row past its bound so that passing it is seen. */
final class Acotadas {
    private Acotadas() {
    }

    /** {@code lectura} reads at most as many rows as it is given. */
    static <T> List<T> indicadores(IntFunction<List<T>> lectura) {
        return hasta(lectura, Limites.INDICADORES_POR_CONSULTA, "indicadores");
    }

    static <T> List<T> programas(IntFunction<List<T>> lectura) {
        return hasta(lectura, Limites.PROGRAMAS_POR_CONSULTA, "programas");
    }

    private static <T> List<T> hasta(IntFunction<List<T>> lectura, int maximo, String que) {
        List<T> leidas = lectura.apply(maximo + 1);
        if (leidas.size() > maximo) {
            throw new RespuestaDemasiadoGrandeException(que, maximo);
        }
        return leidas;
    }
}
