package mx.pbrsed.capture.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.service.CapturaLoteService.Fila;
import mx.pbrsed.capture.service.LoteRechazadoException;
import mx.pbrsed.capture.service.LoteRechazadoException.FilaRechazada;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a batch in CSV: a header, then one row per indicator-period with indicadorId, ejercicio,
 * trimestre, a column per variable (V1..Vn; an empty cell means the indicator has no such
 * variable) and optional analisisLogro, justificacionVariacion and preliminar. The author is the
 * token's subject, so there is no column for it. Only quarterly values: a MENSUAL indicator's
 * three months go in the JSON batch.
 */
public final class CapturaCsvReader {
    private static final Pattern VARIABLE = Pattern.compile("V[1-9][0-9]*");
    private static final Set<String> OBLIGATORIAS = Set.of("indicadorId", "ejercicio", "trimestre");
    // a list: the order the error message names them in stays the same
    private static final List<String> OPCIONALES = List.of("analisisLogro", "justificacionVariacion", "preliminar");
    private static final CSVFormat FORMATO = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private CapturaCsvReader() {
    }

    /** @throws LoteRechazadoException if the header or the file's structure is unusable */
    public static List<Fila> leer(Reader csv) {
        List<Fila> filas = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMATO).get()) {
            List<String> encabezado = parser.getHeaderNames();
            exigirEncabezado(encabezado);
            List<String> variables = encabezado.stream().filter(c -> VARIABLE.matcher(c).matches()).toList();
            int numero = 0;
            for (CSVRecord registro : parser) {
                numero++;
                filas.add(fila(numero, registro, encabezado.size(), variables));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports an unclosed quote or a duplicate header this way
            throw new LoteRechazadoException(List.of(new FilaRechazada(filas.size() + 1, "filas[" + (filas.size() + 1) + "]",
                    "CSV mal formado: " + e.getMessage())));
        }
        return filas;
    }

    private static void exigirEncabezado(List<String> encabezado) {
        List<FilaRechazada> problemas = new ArrayList<>();
        OBLIGATORIAS.stream().filter(c -> !encabezado.contains(c)).sorted()
                .forEach(c -> problemas.add(new FilaRechazada(0, "encabezado", "Falta la columna " + c)));
        encabezado.stream()
                .filter(c -> !OBLIGATORIAS.contains(c) && !OPCIONALES.contains(c) && !VARIABLE.matcher(c).matches())
                .forEach(c -> problemas.add(new FilaRechazada(0, "encabezado", "Columna desconocida '" + c
                        + "': se esperan indicadorId, ejercicio, trimestre, V1..Vn, " + String.join(", ", OPCIONALES))));
        if (!problemas.isEmpty()) {
            throw new LoteRechazadoException(problemas);
        }
    }

    private static Fila fila(int numero, CSVRecord registro, int columnas, List<String> variables) {
        String prefijo = "filas[" + numero + "].";
        List<FilaRechazada> problemas = new ArrayList<>();
        if (registro.size() != columnas) {
            problemas.add(new FilaRechazada(numero, "filas[" + numero + "]",
                    "La fila tiene " + registro.size() + " columnas y el encabezado " + columnas));
            return new Fila(numero, null, problemas);
        }
        UUID indicadorId = leerValor(numero, registro, "indicadorId", problemas, UUID::fromString, "un UUID");
        Integer ejercicio = leerValor(numero, registro, "ejercicio", problemas, Integer::valueOf, "un entero");
        Integer trimestre = leerValor(numero, registro, "trimestre", problemas, Integer::valueOf, "un entero");
        Map<String, BigDecimal> valores = new LinkedHashMap<>();
        for (String variable : variables) {
            String texto = registro.get(variable);
            if (!texto.isEmpty()) {
                try {
                    valores.put(variable, new BigDecimal(texto));
                } catch (NumberFormatException e) {
                    problemas.add(new FilaRechazada(numero, prefijo + "valores[" + variable + "]",
                            "'" + texto + "' no es un número decimal"));
                }
            }
        }
        String preliminar = opcional(registro, "preliminar");
        if (preliminar != null && !preliminar.equals("true") && !preliminar.equals("false")) {
            problemas.add(new FilaRechazada(numero, prefijo + "preliminar", "'" + preliminar + "' no es true ni false"));
        }
        var request = new CapturaRequest(indicadorId, ejercicio, trimestre, valores, null,
                opcional(registro, "analisisLogro"), opcional(registro, "justificacionVariacion"),
                "true".equals(preliminar));
        return new Fila(numero, problemas.isEmpty() ? request : null, problemas);
    }

    private static String opcional(CSVRecord registro, String columna) {
        if (!registro.isMapped(columna)) {
            return null;
        }
        String texto = registro.get(columna);
        return texto.isEmpty() ? null : texto;
    }

    private static <T> T leerValor(int numero, CSVRecord registro, String columna, List<FilaRechazada> problemas,
                                   Function<String, T> conversion, String esperado) {
        String texto = registro.get(columna);
        try {
            return texto.isEmpty() ? null : conversion.apply(texto);
        } catch (IllegalArgumentException e) {
            problemas.add(new FilaRechazada(numero, "filas[" + numero + "]." + columna,
                    "'" + texto + "' no es " + esperado));
            return null;
        }
    }
}
