package mx.pbrsed.evaluation.domain;

import java.util.Comparator;

/**
 * The version of what an event publishes for one key (a definition, a captura, a program, a
 * devengado), so that an older event never replaces a newer one whatever order they arrive in.
 * A captura's workflow change republishes its version with a higher revision; every other event
 * has revision 0.
 */
public record Version(int numero, int revision) implements Comparable<Version> {
    private static final Comparator<Version> ORDEN = Comparator.comparingInt(Version::numero)
            .thenComparingInt(Version::revision);

    public static Version de(int numero) {
        return new Version(numero, 0);
    }

    /**
     * True when an event of this version replaces what is held ({@code vigente}, null when
     * nothing is): only a later one does; an equal one is the same event again.
     */
    public boolean reemplaza(Version vigente) {
        return vigente == null || compareTo(vigente) > 0;
    }

    @Override
    public int compareTo(Version otra) {
        return ORDEN.compare(this, otra);
    }

    @Override
    public String toString() {
        return "v" + numero + "." + revision;
    }
}
