package mx.pbrsed.evaluation.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import mx.pbrsed.evaluation.service.RespuestaDemasiadoGrandeException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * An RFC 4180 CSV that a spreadsheet opens without running anything: a text cell starting with
 * '=', '+', '-', '@', a tab or a carriage return would be read as a formula (OWASP CSV injection),
 * so it is written with a leading single quote, quoted. Only text is touched: a number (a
 * negative avance) is written as the number it is. Past {@code maximo} characters the sheet is
 * refused instead of growing.
 */
final class HojaCsv {
    private static final CSVFormat FORMATO = CSVFormat.RFC4180;
    private static final CSVFormat CITADO = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String INICIOS_DE_FORMULA = "=+-@\t\r";

    private final StringBuilder texto = new StringBuilder();
    private final int maximo;

    HojaCsv(int maximo) {
        this.maximo = maximo;
    }

    /**
     * One row: a {@link Number} cell is a number (a BigDecimal in plain notation, 45649 and never
     * 4.5649E+4), any other is text; null is an empty cell.
     */
    HojaCsv fila(List<?> celdas) {
        try {
            boolean primera = true;
            for (Object celda : celdas) {
                if (celda instanceof BigDecimal numero) {
                    FORMATO.print(numero.toPlainString(), texto, primera);
                } else if (celda == null || celda instanceof Number) {
                    FORMATO.print(celda, texto, primera);
                } else if (esFormula(celda.toString())) {
                    CITADO.print("'" + celda, texto, primera);
                } else {
                    FORMATO.print(celda, texto, primera);
                }
                primera = false;
            }
            FORMATO.println(texto);
        } catch (IOException e) {
            // a StringBuilder never fails to append
            throw new UncheckedIOException(e);
        }
        if (texto.length() > maximo) {
            throw new RespuestaDemasiadoGrandeException("caracteres", maximo);
        }
        return this;
    }

    String texto() {
        return texto.toString();
    }

    private static boolean esFormula(String celda) {
        return !celda.isEmpty() && INICIOS_DE_FORMULA.indexOf(celda.charAt(0)) >= 0;
    }
}
