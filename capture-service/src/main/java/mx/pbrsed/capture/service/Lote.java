package mx.pbrsed.capture.service;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.NuevaCaptura;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;

/**
 * The rows of a lote as a reader hands them over, each already checked on its own, and the problems
 * found in them. An invalid row keeps only its problems and its indicator (authorization looks at
 * every row), so what a lote holds in memory is bounded by {@link #MAXIMO_FILAS} valid rows whatever
 * its body; a row past that limit refuses the lote at once, and only the first
 * {@link #PROBLEMAS_LISTADOS} problems are kept to be listed.
 */
public final class Lote {
    /**
     * Rows of one lote. A large agency's quarterly upload is about a thousand indicator-periods
     * (deploy/bench posts lotes of 1,000); ten times that is a whole year of the largest unidad
     * responsable. The rows are kept until the lote is stored, so this bounds its memory.
     */
    public static final int MAXIMO_FILAS = 10_000;
    /** Problems listed for a refused lote; the count says how many there were in all. */
    public static final int PROBLEMAS_LISTADOS = 1000;

    /** A row as read: its indicator if it named one, and the captura if it has no problem of its own. */
    public record Fila(int numero, UUID indicadorId, NuevaCaptura captura) {
    }

    private final List<Fila> filas = new ArrayList<>();
    private final List<FilaRechazada> problemas = new ArrayList<>();
    private final BitSet filasConProblemas = new BitSet();
    private int totalDeProblemas;

    /**
     * The next row: its captura, or null with the {@code problemas} that kept it from being one (none
     * for an empty row).
     *
     * @throws LoteIlegibleException DEMASIADO_GRANDE if the lote already holds {@link #MAXIMO_FILAS} rows
     */
    public void agregar(UUID indicadorId, NuevaCaptura captura, List<FilaRechazada> problemasDeLaFila) {
        int numero = siguiente();
        if (numero > MAXIMO_FILAS) {
            throw new LoteIlegibleException(LoteIlegibleException.Motivo.DEMASIADO_GRANDE, numero, "filas", "El lote pasa del máximo de " + MAXIMO_FILAS
                    + " filas; divídalo en lotes más pequeños");
        }
        problemasDeLaFila.forEach(this::problema);
        if (captura == null && problemasDeLaFila.isEmpty()) {
            problema(new FilaRechazada(numero, campo(numero, null), "Fila vacía"));
        }
        filas.add(new Fila(numero, indicadorId, problemasDeLaFila.isEmpty() ? captura : null));
    }

    /** The number the next row will have, from 1. */
    public int siguiente() {
        return filas.size() + 1;
    }

    public List<Fila> filas() {
        return filas;
    }

    /** A problem of the lote (fila 0) or of one of its rows. */
    public void problema(FilaRechazada problema) {
        totalDeProblemas++;
        filasConProblemas.set(problema.fila());
        if (problemas.size() < PROBLEMAS_LISTADOS) {
            problemas.add(problema);
        }
    }

    public boolean conProblemas() {
        return totalDeProblemas > 0;
    }

    public LoteRechazadoException rechazo() {
        return new LoteRechazadoException(problemas, totalDeProblemas, filasConProblemas.cardinality());
    }

    /** The field as a single POST /capturas names it, under its row: filas[3].valores[V2]. */
    public static String campo(int fila, String campo) {
        return "filas[" + fila + "]" + (campo == null || campo.isEmpty() ? "" : "." + campo);
    }
}
