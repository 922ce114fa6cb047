package mx.pbrsed.capture.service;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;

/**
 * The rows of a lote as a reader hands them over, each checked as POST /capturas checks one the
 * moment it is read, and the problems found in them. An invalid row keeps only its problems and
 * its indicator (authorization looks at every row), so what a lote holds in memory is bounded by
 * {@link Limites#FILAS_LOTE} valid rows whatever its body; a row past that limit refuses the lote
 * at once, and only the first {@link Limites#ERRORES} problems are kept to be listed.
 */
public final class Lote {
    /** A row as read: its indicator if it named one, and the request if it has no problem of its own. */
    public record Fila(int numero, UUID indicadorId, CapturaRequest request) {
    }

    /** Far longer than any variable (V999): a longer key is refused and only named. */
    private static final int LARGO_CLAVE_CITADA = 20;

    private final Validator validator;
    private final List<Fila> filas = new ArrayList<>();
    private final List<FilaRechazada> problemas = new ArrayList<>();
    private final BitSet filasConProblemas = new BitSet();
    private int totalDeProblemas;

    public Lote(Validator validator) {
        this.validator = validator;
    }

    /**
     * The next row, read as a request (null for an empty row) or, with {@code problemasDeLectura},
     * as what kept it from being one.
     *
     * @throws LoteDemasiadoGrandeException if the lote already holds {@link Limites#FILAS_LOTE} rows
     */
    public void agregar(CapturaRequest request, List<FilaRechazada> problemasDeLectura) {
        int numero = siguiente();
        if (numero > Limites.FILAS_LOTE) {
            throw new LoteDemasiadoGrandeException(numero, "filas", "El lote pasa del máximo de " + Limites.FILAS_LOTE
                    + " filas; divídalo en lotes más pequeños");
        }
        problemasDeLectura.forEach(this::problema);
        if (request == null && problemasDeLectura.isEmpty()) {
            problema(new FilaRechazada(numero, campo(numero, null), "Fila vacía"));
        }
        boolean valida = request != null && problemasDeLectura.isEmpty() && validar(numero, request);
        filas.add(new Fila(numero, request == null ? null : request.indicadorId(), valida ? request : null));
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
        if (problemas.size() < Limites.ERRORES) {
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

    private boolean validar(int numero, CapturaRequest request) {
        List<ConstraintViolation<CapturaRequest>> violaciones = validator.validate(request).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
        violaciones.forEach(v -> problema(new FilaRechazada(numero, campo(numero, ruta(v)), v.getMessage())));
        return violaciones.isEmpty();
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
