package mx.pbrsed.capture.service;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A capturista's write about an indicator or programa of another unidad responsable than its
 * token's: refused whole, nothing of it stored.
 */
public class UnidadAjenaException extends RuntimeException {
    /** One refused field; fila is the batch row (null outside a batch). */
    public record Ajeno(Integer fila, String campo, String mensaje) {
    }

    private static final int FILAS_NOMBRADAS = 50;

    private final List<Ajeno> ajenos;

    private UnidadAjenaException(String mensaje, List<Ajeno> ajenos) {
        super(mensaje);
        this.ajenos = List.copyOf(ajenos);
    }

    static UnidadAjenaException sinUr() {
        return new UnidadAjenaException(
                "El token de capturista no indica su unidad responsable (claim ur): no captura para ninguna", List.of());
    }

    static UnidadAjenaException de(String campo, String mensaje) {
        return new UnidadAjenaException(mensaje, List.of(new Ajeno(null, campo, mensaje)));
    }

    /** The rows are named in the detail up to a readable number, and listed up to {@link Lote#PROBLEMAS_LISTADOS}. */
    static UnidadAjenaException enLote(List<Ajeno> filas) {
        long cuantas = filas.stream().map(Ajeno::fila).distinct().count();
        String numeros = filas.stream().map(f -> String.valueOf(f.fila())).distinct().limit(FILAS_NOMBRADAS)
                .collect(Collectors.joining(", ")) + (cuantas > FILAS_NOMBRADAS ? "… (" + cuantas + " filas)" : "");
        return new UnidadAjenaException("Filas de otra unidad responsable: " + numeros
                + "; no se guardó ninguna captura del lote", filas.subList(0, Math.min(filas.size(), Lote.PROBLEMAS_LISTADOS)));
    }

    public List<Ajeno> ajenos() {
        return ajenos;
    }
}
