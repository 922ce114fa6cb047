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

    static UnidadAjenaException enLote(List<Ajeno> filas) {
        String numeros = filas.stream().map(f -> String.valueOf(f.fila())).distinct().collect(Collectors.joining(", "));
        return new UnidadAjenaException("Filas de otra unidad responsable: " + numeros
                + "; no se guardó ninguna captura del lote", filas);
    }

    public List<Ajeno> ajenos() {
        return ajenos;
    }
}
