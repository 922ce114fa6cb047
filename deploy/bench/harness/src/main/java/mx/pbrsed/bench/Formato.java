package mx.pbrsed.bench;

import java.util.Locale;

/** How figures are written: in the results file (one decimal) and in the report's cells (— for a missing figure). */
final class Formato {
    private Formato() {
    }

    /** A figure for the results file. */
    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String n(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.US, "%,.0f", v);
    }

    static String n1(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.US, "%,.1f", v);
    }

    static String n2(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.US, "%,.2f", v);
    }

    /** a as a percentage of b. */
    static String pct(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "—" : String.format(Locale.US, "%.0f %%", 100 * a / b);
    }

    /** a as a multiple of b. */
    static String veces(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "—" : String.format(Locale.US, "%.1fx", a / b);
    }

    /** The verdict cell: no verdict when a figure it rests on is missing. */
    static String cumple(boolean ok, double... cifras) {
        for (double c : cifras) {
            if (Double.isNaN(c)) {
                return "—";
            }
        }
        return ok ? "sí" : "**no**";
    }
}
