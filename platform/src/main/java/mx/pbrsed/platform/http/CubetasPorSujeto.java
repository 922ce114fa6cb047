package mx.pbrsed.platform.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per subject: {@code rafaga} tokens at most, refilled at {@code porSegundo}. The
 * map is bounded: past {@code maximoDeSujetos} it forgets the subjects whose bucket is full again,
 * which lose nothing by being forgotten, so a flood of distinct subjects cannot grow the heap.
 */
public final class CubetasPorSujeto {
    private final double porSegundo;
    private final int rafaga;
    private final int maximoDeSujetos;
    private final LongSupplier nanos;
    private final ConcurrentHashMap<String, Cubeta> cubetas = new ConcurrentHashMap<>();

    public CubetasPorSujeto(double porSegundo, int rafaga, int maximoDeSujetos, LongSupplier nanos) {
        if (porSegundo <= 0 || rafaga < 1) {
            throw new IllegalArgumentException("porSegundo > 0 y rafaga >= 1");
        }
        this.porSegundo = porSegundo;
        this.rafaga = rafaga;
        this.maximoDeSujetos = maximoDeSujetos;
        this.nanos = nanos;
    }

    /** What taking one token for {@code sujeto} gave: admitted or not, what is left and when it refills. */
    public record Consumo(boolean admitida, int limite, int restantes, long segundosParaReintentar, long segundosParaLlenarse) {
    }

    public Consumo tomar(String sujeto) {
        long ahora = nanos.getAsLong();
        if (cubetas.size() >= maximoDeSujetos && !cubetas.containsKey(sujeto)) {
            cubetas.values().removeIf(c -> c.llena(ahora));
        }
        return cubetas.computeIfAbsent(sujeto, s -> new Cubeta(ahora)).tomar(ahora);
    }

    int sujetos() {
        return cubetas.size();
    }

    private final class Cubeta {
        private double tokens = rafaga;
        private long ultima;

        Cubeta(long ahora) {
            this.ultima = ahora;
        }

        synchronized Consumo tomar(long ahora) {
            rellenar(ahora);
            boolean admitida = tokens >= 1;
            if (admitida) {
                tokens -= 1;
            }
            long reintentar = admitida ? 0 : (long) Math.ceil((1 - tokens) / porSegundo);
            long llenarse = (long) Math.ceil((rafaga - tokens) / porSegundo);
            return new Consumo(admitida, rafaga, (int) Math.floor(tokens), Math.max(reintentar, admitida ? 0 : 1), llenarse);
        }

        synchronized boolean llena(long ahora) {
            rellenar(ahora);
            return tokens >= rafaga;
        }

        private void rellenar(long ahora) {
            tokens = Math.min(rafaga, tokens + (ahora - ultima) / 1e9 * porSegundo);
            ultima = ahora;
        }
    }
}
