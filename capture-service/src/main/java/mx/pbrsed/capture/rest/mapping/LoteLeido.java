package mx.pbrsed.capture.rest.mapping;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.service.Lote;
import mx.pbrsed.capture.service.LoteIlegibleException.Motivo;
import mx.pbrsed.capture.service.LoteIlegibleException;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;

/**
 * A lote while its body is read: each row is checked as POST /capturas checks one (Bean Validation,
 * the same field names under {@code filas[n]}) the moment it is read, and handed to the {@link Lote}
 * as a captura or as its problems.
 */
public final class LoteLeido {
    /** Far longer than any variable (V999): a longer key is refused and only named. */
    private static final int LARGO_CLAVE_CITADA = 20;

    private final Validator validator;
    private final Lote lote = new Lote();

    public LoteLeido(Validator validator) {
        this.validator = validator;
    }

    /**
     * The next row, read as a request (null for an empty row) or, with {@code problemasDeLectura},
     * as what kept it from being one.
     *
     * @throws LoteIlegibleException DEMASIADO_GRANDE if the lote already holds {@link Limites#FILAS_LOTE} rows
     */
    public void agregar(CapturaRequest request, List<FilaRechazada> problemasDeLectura) {
        List<FilaRechazada> problemas = new ArrayList<>(problemasDeLectura);
        if (request != null && problemas.isEmpty()) {
            problemas.addAll(violaciones(lote.siguiente(), request));
        }
        lote.agregar(request == null ? null : request.indicadorId(),
                request == null || !problemas.isEmpty() ? null : CapturaMapper.aComando(request), problemas);
    }

    /** The number the next row will have, from 1. */
    public int siguiente() {
        return lote.siguiente();
    }

    public Lote lote() {
        return lote;
    }

    /**
     * Reading stopped at a byte limit while the next row was read.
     *
     * @param delLote the lote's limit rather than the row's
     */
    LoteIlegibleException demasiadoGrande(boolean delLote) {
        int fila = lote.siguiente();
        return delLote
                ? new LoteIlegibleException(Motivo.DEMASIADO_GRANDE, fila, "filas", "El lote pasa del máximo de " + Limites.BYTES_LOTE
                        + " bytes; divídalo en lotes más pequeños")
                : new LoteIlegibleException(Motivo.DEMASIADO_GRANDE, fila, Lote.campo(fila, null), "La fila " + fila + " pasa del máximo de "
                        + Limites.BYTES_CAPTURA + " bytes");
    }

    private List<FilaRechazada> violaciones(int numero, CapturaRequest request) {
        return validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> new FilaRechazada(numero, Lote.campo(numero, ruta(v)), v.getMessage()))
                .toList();
    }

    /** A map key as the client sent it, which may be a long text: cut so the field's name stays short. */
    private static String citada(Object posicion) {
        String texto = posicion.toString();
        return texto.length() <= LARGO_CLAVE_CITADA ? texto : texto.substring(0, LARGO_CLAVE_CITADA) + "…";
    }

    /** valores[V2], valoresMensuales[0].mes: the same names as a single POST /capturas gets. */
    private static String ruta(ConstraintViolation<?> v) {
        return StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                .map(n -> {
                    Object posicion = n.getIndex() != null ? n.getIndex() : n.getKey();
                    String nombre = n.getName() == null || n.getName().startsWith("<") ? "" : n.getName();
                    return posicion != null ? "[" + citada(posicion) + "]." + nombre : nombre;
                })
                .collect(Collectors.joining(".")).replace(".[", "[").replaceAll("\\.+$", "");
    }
}
