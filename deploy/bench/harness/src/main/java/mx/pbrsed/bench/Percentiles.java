package mx.pbrsed.bench;

import java.util.Collection;

/** Nearest-rank percentiles of latencies in milliseconds. */
final class Percentiles {
    private Percentiles() {
    }

    static long[] ordenados(Collection<Long> valores) {
        return valores.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The smallest value with at least p % of the values at or below it; NaN for no values. */
    static double percentil(long[] ordenados, double p) {
        if (ordenados.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100 * ordenados.length) - 1;
        return ordenados[Math.max(0, Math.min(i, ordenados.length - 1))];
    }
}
