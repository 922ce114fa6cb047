package mx.pbrsed.evaluation.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reads a metodo de calculo as the catalog writes it, e.g. "((V1/V2)-1)*100".
 * Grammar, with the usual precedence and left associativity:
 * <pre>
 * expresion := termino (('+' | '-') termino)*
 * termino   := factor (('*' | '/') factor)*
 * factor    := '-' factor | numero | variable | '(' expresion ')'
 * </pre>
 * A variable is a letter followed by letters, digits or '_'; a number is digits with an
 * optional decimal part.
 */
public final class FormulaParser {

    private final String texto;
    private int posicion;

    private FormulaParser(String texto) {
        this.texto = texto;
    }

    /** @throws IllegalArgumentException if the formula is malformed */
    public static Expresion parse(String formula) {
        Objects.requireNonNull(formula, "formula");
        FormulaParser parser = new FormulaParser(formula);
        Expresion expresion = parser.expresion();
        parser.saltarEspacios();
        if (parser.posicion < formula.length()) {
            throw parser.error("se esperaba el final de la formula");
        }
        return expresion;
    }

    private Expresion expresion() {
        Expresion resultado = termino();
        while (siguienteEs('+') || siguienteEs('-')) {
            char operador = texto.charAt(posicion++);
            resultado = new Operacion(operador, resultado, termino());
        }
        return resultado;
    }

    private Expresion termino() {
        Expresion resultado = factor();
        while (siguienteEs('*') || siguienteEs('/')) {
            char operador = texto.charAt(posicion++);
            resultado = new Operacion(operador, resultado, factor());
        }
        return resultado;
    }

    private Expresion factor() {
        if (siguienteEs('-')) {
            posicion++;
            return new Negacion(factor());
        }
        if (siguienteEs('(')) {
            posicion++;
            Expresion interior = expresion();
            if (!siguienteEs(')')) {
                throw error("se esperaba ')'");
            }
            posicion++;
            return interior;
        }
        if (posicion < texto.length() && esDigito(texto.charAt(posicion))) {
            return numero();
        }
        if (posicion < texto.length() && Character.isLetter(texto.charAt(posicion))) {
            return variable();
        }
        throw error("se esperaba un numero, una variable, '-' o '('");
    }

    private Numero numero() {
        int inicio = posicion;
        avanzarMientrasDigitos();
        if (posicion < texto.length() && texto.charAt(posicion) == '.') {
            posicion++;
            int inicioDecimales = posicion;
            avanzarMientrasDigitos();
            if (posicion == inicioDecimales) {
                throw error("se esperaban decimales");
            }
        }
        return new Numero(new BigDecimal(texto.substring(inicio, posicion)));
    }

    private Variable variable() {
        int inicio = posicion;
        while (posicion < texto.length()
                && (Character.isLetterOrDigit(texto.charAt(posicion)) || texto.charAt(posicion) == '_')) {
            posicion++;
        }
        return new Variable(texto.substring(inicio, posicion));
    }

    private void avanzarMientrasDigitos() {
        while (posicion < texto.length() && esDigito(texto.charAt(posicion))) {
            posicion++;
        }
    }

    /** ASCII only: Character.isDigit would also accept other scripts' digits. */
    private static boolean esDigito(char caracter) {
        return caracter >= '0' && caracter <= '9';
    }

    /** Skips blanks, then tells whether the next character is the one given. */
    private boolean siguienteEs(char caracter) {
        saltarEspacios();
        return posicion < texto.length() && texto.charAt(posicion) == caracter;
    }

    private void saltarEspacios() {
        while (posicion < texto.length() && Character.isWhitespace(texto.charAt(posicion))) {
            posicion++;
        }
    }

    private IllegalArgumentException error(String motivo) {
        return new IllegalArgumentException(
                "Formula invalida en la posicion " + posicion + " de \"" + texto + "\": " + motivo);
    }
}
