package mx.pbrsed.capture.rest.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.service.Lote;
import mx.pbrsed.capture.service.LoteIlegibleException;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;
import mx.pbrsed.capture.service.LoteRechazadoException;
import mx.pbrsed.platform.json.JsonEstricto;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads a batch in CSV: a header, then one row per indicator-period with indicadorId, ejercicio,
 * trimestre, a column per variable (V1..Vn; an empty cell means the indicator has no such
 * variable) and optional analisisLogro, justificacionVariacion and preliminar. The author is the
 * token's subject, so there is no column for it. Only one value per variable: a MENSUAL or
 * BIMESTRAL indicator's months go in the JSON batch.
 * <p>
 * The body is read as a stream, one record at a time, as strict UTF-8 (a leading byte order mark,
 * as Excel writes it, is skipped); a record longer than {@link Limites#BYTES_CAPTURA}, a body past
 * {@link Limites#BYTES_LOTE} or a row past {@link Limites#FILAS_LOTE} stops the reading at once.
 */
public final class CapturaCsvReader {
    private static final Pattern VARIABLE = Pattern.compile(Limites.PATRON_VARIABLE);
    private static final Set<String> OBLIGATORIAS = Set.of("indicadorId", "ejercicio", "trimestre");
    // a list: the order the error message names them in stays the same
    private static final List<String> OPCIONALES = List.of("analisisLogro", "justificacionVariacion", "preliminar");
    private static final char BOM = '\uFEFF';
    // repeated and empty column names are let through so that they are refused here, naming the column
    private static final CSVFormat FORMATO = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();

    private CapturaCsvReader() {
    }

    /**
     * @throws LoteIlegibleException       CSV_INVALIDO if the body is not CSV in UTF-8, repeats a column or a cell holds NUL
     * @throws LoteRechazadoException       if the header lacks a column or has an unknown one
     * @throws LoteIlegibleException       DEMASIADO_GRANDE at the first row past the limits
     */
    public static void leer(InputStream cuerpo, LoteLeido lote) {
        var entrada = new EntradaAcotada(cuerpo, Limites.BYTES_LOTE, Limites.BYTES_CAPTURA);
        try (CSVParser parser = CSVParser.builder().setReader(texto(entrada)).setFormat(FORMATO).get()) {
            List<String> encabezado = parser.getHeaderNames();
            exigirEncabezado(encabezado);
            List<String> variables = encabezado.stream().filter(c -> VARIABLE.matcher(c).matches()).toList();
            entrada.nuevoTramo();
            for (CSVRecord registro : parser) {
                leerFila(lote, registro, encabezado, variables);
                entrada.nuevoTramo();
            }
        } catch (IOException e) {
            throw ilegible(e, lote, entrada);
        } catch (UncheckedIOException e) {
            throw ilegible(e.getCause(), lote, entrada);
        }
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 fails instead of becoming U+FFFD. */
    private static Reader texto(InputStream entrada) throws IOException {
        var utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var lector = new PushbackReader(new InputStreamReader(entrada, utf8), 1);
        int primero = lector.read();
        if (primero != -1 && primero != BOM) {
            lector.unread(primero);
        }
        return lector;
    }

    /** Why reading stopped, in the API's terms: commons-csv's own messages name its classes. */
    private static RuntimeException ilegible(IOException causa, LoteLeido lote, EntradaAcotada entrada) {
        int fila = lote.siguiente();
        if (causa instanceof EntradaAcotada.LimiteExcedidoException) {
            return lote.demasiadoGrande(entrada.excedioElTotal());
        }
        if (causa instanceof CharacterCodingException) {
            return csvInvalido(fila, Lote.campo(fila, null),
                    "El CSV no es texto UTF-8 válido (en la fila " + fila + " o antes)");
        }
        return csvInvalido(fila, Lote.campo(fila, null),
                "CSV mal formado en la fila " + fila + ": una comilla sin cerrar o un carácter fuera de lugar tras una comilla");
    }

    private static void exigirEncabezado(List<String> encabezado) {
        for (String columna : encabezado) {
            String motivo = JsonEstricto.motivoDeRechazo(columna);
            if (motivo != null) {
                throw csvInvalido(0, "encabezado", "Un nombre de columna " + motivo);
            }
        }
        List<FilaRechazada> problemas = new ArrayList<>();
        OBLIGATORIAS.stream().filter(c -> !encabezado.contains(c)).sorted()
                .forEach(c -> problemas.add(new FilaRechazada(0, "encabezado", "Falta la columna " + c)));
        encabezado.stream()
                .filter(c -> !OBLIGATORIAS.contains(c) && !OPCIONALES.contains(c) && !VARIABLE.matcher(c).matches())
                .limit(Limites.ERRORES)
                .forEach(c -> problemas.add(new FilaRechazada(0, "encabezado", "Columna desconocida '" + c
                        + "': se esperan indicadorId, ejercicio, trimestre, V1..Vn, " + String.join(", ", OPCIONALES))));
        if (!problemas.isEmpty()) {
            throw new LoteRechazadoException(problemas);
        }
        // commons-csv would read a repeated column's last cell and ignore the others
        Set<String> vistas = new HashSet<>();
        for (String columna : encabezado) {
            if (!vistas.add(columna)) {
                throw csvInvalido(0, "encabezado", "La columna '" + columna + "' está repetida");
            }
        }
    }

    private static void leerFila(LoteLeido lote, CSVRecord registro, List<String> encabezado, List<String> variables) {
        int numero = lote.siguiente();
        String prefijo = Lote.campo(numero, null) + ".";
        if (registro.size() != encabezado.size()) {
            lote.agregar(null, List.of(new FilaRechazada(numero, Lote.campo(numero, null),
                    "La fila tiene " + registro.size() + " columnas y el encabezado " + encabezado.size())));
            return;
        }
        for (int i = 0; i < encabezado.size(); i++) {
            String motivo = JsonEstricto.motivoDeRechazo(registro.get(i));
            if (motivo != null) {
                throw csvInvalido(numero, prefijo + encabezado.get(i), "La celda " + motivo);
            }
        }
        List<FilaRechazada> problemas = new ArrayList<>();
        UUID indicadorId = leerValor(numero, registro, "indicadorId", problemas, UUID::fromString, "un UUID");
        Integer ejercicio = leerValor(numero, registro, "ejercicio", problemas, Integer::valueOf, "un entero");
        Integer trimestre = leerValor(numero, registro, "trimestre", problemas, Integer::valueOf, "un entero");
        Map<String, BigDecimal> valores = new LinkedHashMap<>();
        for (String variable : variables) {
            BigDecimal valor = leerValor(numero, registro, variable, problemas, BigDecimal::new, "un número decimal");
            if (valor != null) {
                valores.put(variable, valor);
            }
        }
        String preliminar = opcional(registro, "preliminar");
        if (preliminar != null && !preliminar.equals("true") && !preliminar.equals("false")) {
            problemas.add(new FilaRechazada(numero, prefijo + "preliminar", "'" + citado(preliminar) + "' no es true ni false"));
        }
        var request = new CapturaRequest(indicadorId, ejercicio, trimestre, valores, null,
                opcional(registro, "analisisLogro"), opcional(registro, "justificacionVariacion"),
                "true".equals(preliminar));
        lote.agregar(request, problemas);
    }

    private static String opcional(CSVRecord registro, String columna) {
        if (!registro.isMapped(columna)) {
            return null;
        }
        String texto = registro.get(columna);
        return texto.isEmpty() ? null : texto;
    }

    /** A variable's column names it as a single POST /capturas does: filas[3].valores[V2]. */
    private static <T> T leerValor(int numero, CSVRecord registro, String columna, List<FilaRechazada> problemas,
                                   Function<String, T> conversion, String esperado) {
        String texto = registro.get(columna);
        try {
            return texto.isEmpty() ? null : conversion.apply(texto);
        } catch (IllegalArgumentException | ArithmeticException e) {
            String campo = VARIABLE.matcher(columna).matches() ? "valores[" + columna + "]" : columna;
            problemas.add(new FilaRechazada(numero, Lote.campo(numero, campo), "'" + citado(texto) + "' no es " + esperado));
            return null;
        }
    }

    /** A cell as the client wrote it, cut short: it may be a long text. */
    private static String citado(String texto) {
        return texto.length() <= 40 ? texto : texto.substring(0, 40) + "…";
    }

    private static LoteIlegibleException csvInvalido(int fila, String campo, String mensaje) {
        return new LoteIlegibleException(LoteIlegibleException.Motivo.CSV_INVALIDO, fila, campo, mensaje);
    }
}
