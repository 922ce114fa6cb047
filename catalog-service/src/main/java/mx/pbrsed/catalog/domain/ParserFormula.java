package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser of método de cálculo formulas. Grammar, usual precedence, all binary
 * operators left-associative:
 *
 * <pre>
 * expresion := termino (('+' | '-') termino)*
 * termino   := factor (('*' | '/') factor)*
 * factor    := '-' factor | primario
 * primario  := numero | variable | '(' expresion ')'
 * numero    := [0-9]+ ('.' [0-9]+)?
 * variable  := V[1-9][0-9]*   (and declared)
 * </pre>
 *
 * Tokens are read one at a time as the parser advances, so the error reported is always the
 * leftmost one.
 */
public final class ParserFormula {

    /** Bounds the recursion depth, so a hostile input cannot overflow the stack. */
    public static final int LONGITUD_MAXIMA = 1000;

    private static final Pattern NUMERO = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private enum Tipo { NUMERO, IDENTIFICADOR, MAS, MENOS, POR, ENTRE, ABRE, CIERRA, FIN }

    private record Token(Tipo tipo, String texto, int posicion) {
    }

    private final String texto;
    private final Set<String> variablesDeclaradas;
    private int indice;
    private Token actual;

    private ParserFormula(String texto, Set<String> variablesDeclaradas) {
        this.texto = texto;
        this.variablesDeclaradas = variablesDeclaradas;
    }

    public static Expresion parsear(String texto, Set<String> variablesDeclaradas) {
        Objects.requireNonNull(variablesDeclaradas, "variablesDeclaradas");
        if (texto == null || texto.isBlank()) {
            throw new FormulaInvalidaException("La fórmula está vacía", 1);
        }
        if (texto.length() > LONGITUD_MAXIMA) {
            throw new FormulaInvalidaException(
                    "La fórmula excede el máximo de " + LONGITUD_MAXIMA + " caracteres", LONGITUD_MAXIMA + 1);
        }
        ParserFormula parser = new ParserFormula(texto, variablesDeclaradas);
        parser.avanzar();
        Expresion expresion = parser.expresion();
        if (parser.actual.tipo() != Tipo.FIN) {
            throw parser.entradaSobrante();
        }
        return expresion;
    }

    private Expresion expresion() {
        Expresion izquierda = termino();
        while (actual.tipo() == Tipo.MAS || actual.tipo() == Tipo.MENOS) {
            char operador = actual.texto().charAt(0);
            avanzar();
            izquierda = new Operacion(operador, izquierda, termino());
        }
        return izquierda;
    }

    private Expresion termino() {
        Expresion izquierda = factor();
        while (actual.tipo() == Tipo.POR || actual.tipo() == Tipo.ENTRE) {
            char operador = actual.texto().charAt(0);
            avanzar();
            izquierda = new Operacion(operador, izquierda, factor());
        }
        return izquierda;
    }

    private Expresion factor() {
        if (actual.tipo() == Tipo.MENOS) {
            avanzar();
            return new Negacion(factor());
        }
        return primario();
    }

    private Expresion primario() {
        Token token = actual;
        switch (token.tipo()) {
            case NUMERO -> {
                avanzar();
                return new Numero(new BigDecimal(token.texto()));
            }
            case IDENTIFICADOR -> {
                validarVariable(token);
                avanzar();
                return new Variable(token.texto());
            }
            case ABRE -> {
                avanzar();
                Expresion interior = expresion();
                if (actual.tipo() != Tipo.CIERRA) {
                    throw esperado(actual.tipo() == Tipo.FIN ? "')'" : "un operador o ')'");
                }
                avanzar();
                return interior;
            }
            default -> throw esperado("un número, una variable o '('");
        }
    }

    private void validarVariable(Token token) {
        if (!Variable.esClaveValida(token.texto())) {
            throw new FormulaInvalidaException("Nombre de variable inválido '" + token.texto()
                    + "' en la posición " + token.posicion() + "; se esperaba V1, V2, ...", token.posicion());
        }
        if (!variablesDeclaradas.contains(token.texto())) {
            throw new FormulaInvalidaException("Variable no declarada '" + token.texto()
                    + "' en la posición " + token.posicion(), token.posicion());
        }
    }

    private FormulaInvalidaException entradaSobrante() {
        if (actual.tipo() == Tipo.CIERRA) {
            return new FormulaInvalidaException(
                    "Paréntesis ')' sin '(' que lo abra en la posición " + actual.posicion(), actual.posicion());
        }
        return esperado("un operador");
    }

    private FormulaInvalidaException esperado(String queSeEsperaba) {
        String mensaje = "Se esperaba " + queSeEsperaba + " en la posición " + actual.posicion();
        if (actual.tipo() != Tipo.FIN) {
            mensaje += " y se encontró '" + actual.texto() + "'";
        }
        return new FormulaInvalidaException(mensaje, actual.posicion());
    }

    private void avanzar() {
        while (indice < texto.length() && esEspacio(texto.charAt(indice))) {
            indice++;
        }
        if (indice == texto.length()) {
            actual = new Token(Tipo.FIN, "", indice + 1);
            return;
        }
        int inicio = indice;
        char c = texto.charAt(indice);
        if (esDigito(c) || c == '.') {
            // Letters are swallowed too, so "2V1" or "1e5" reads as one malformed number.
            while (indice < texto.length() && (esAlfanumerico(texto.charAt(indice)) || texto.charAt(indice) == '.')) {
                indice++;
            }
            String numero = texto.substring(inicio, indice);
            if (!NUMERO.matcher(numero).matches()) {
                throw new FormulaInvalidaException("Número mal formado '" + numero + "' en la posición "
                        + (inicio + 1) + "; se esperaba, p. ej., 100 o 0.5", inicio + 1);
            }
            actual = new Token(Tipo.NUMERO, numero, inicio + 1);
        } else if (esLetra(c)) {
            while (indice < texto.length() && esAlfanumerico(texto.charAt(indice))) {
                indice++;
            }
            actual = new Token(Tipo.IDENTIFICADOR, texto.substring(inicio, indice), inicio + 1);
        } else {
            actual = new Token(simbolo(c, inicio), String.valueOf(c), inicio + 1);
            indice++;
        }
    }

    private Tipo simbolo(char c, int inicio) {
        return switch (c) {
            case '+' -> Tipo.MAS;
            case '-' -> Tipo.MENOS;
            case '*' -> Tipo.POR;
            case '/' -> Tipo.ENTRE;
            case '(' -> Tipo.ABRE;
            case ')' -> Tipo.CIERRA;
            default -> throw new FormulaInvalidaException("Carácter inesperado '"
                    + new String(Character.toChars(texto.codePointAt(inicio))) + "' en la posición " + (inicio + 1)
                    + "; solo se admiten números, variables V1, V2, ..., + - * / y paréntesis", inicio + 1);
        };
    }

    // Spaces pasted from PDFs are often non-breaking, which isWhitespace does not cover.
    private static boolean esEspacio(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    // ASCII only: accented letters and non-Latin digits are not part of the language.
    private static boolean esDigito(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean esLetra(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean esAlfanumerico(char c) {
        return esLetra(c) || esDigito(c);
    }
}
