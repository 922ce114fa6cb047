package mx.pbrsed.catalog.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
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
 *
 * <p>The catalog publishes what it accepts, and every consumer must read it: capture and
 * evaluation accept formulas up to {@link #LONGITUD_MAXIMA} characters and
 * {@link #PROFUNDIDAD_MAXIMA} levels, so the catalog accepts no more (change them together). A
 * formula is refused when its text, or its canonical text ({@link Expresion#texto}, the one
 * published), is longer; when its tree is deeper (a number or a variable is level 1, each
 * operation or unary minus one more); or when parentheses and unary minus signs nest deeper while
 * it is read, which also bounds the parser's recursion. A division by a constant that is exactly
 * zero ({@code V1 / 0}, {@code V1 / (2 - 2)}) is refused too: no captura could ever be evaluated.
 */
public final class ParserFormula {

    /** Characters of the formula as written, and as published. */
    public static final int LONGITUD_MAXIMA = 1000;
    /** Levels of the parsed tree, and of parentheses and unary minus signs nested in the text. */
    public static final int PROFUNDIDAD_MAXIMA = 32;

    private static final Pattern NUMERO = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private enum Tipo { NUMERO, IDENTIFICADOR, MAS, MENOS, POR, ENTRE, ABRE, CIERRA, FIN }

    private record Token(Tipo tipo, String texto, int posicion) {
    }

    /** A parsed sub-expression with its depth and, when it has no variable, its exact value. */
    private record Nodo(Expresion expresion, int profundidad, Fraccion constante) {
    }

    /** An exact rational value, so (1 / 3) * 3 - 1 is zero, as no rounded decimal would say. */
    private record Fraccion(BigInteger numerador, BigInteger denominador) {
        static Fraccion de(BigDecimal valor) {
            // the grammar's numbers have no exponent: the scale is never negative
            return new Fraccion(valor.unscaledValue(), BigInteger.TEN.pow(valor.scale()));
        }

        boolean esCero() {
            return numerador.signum() == 0;
        }

        Fraccion negada() {
            return new Fraccion(numerador.negate(), denominador);
        }

        Fraccion operar(char operador, Fraccion otra) {
            return switch (operador) {
                case '+' -> new Fraccion(numerador.multiply(otra.denominador).add(otra.numerador.multiply(denominador)),
                        denominador.multiply(otra.denominador));
                case '-' -> operar('+', otra.negada());
                case '*' -> new Fraccion(numerador.multiply(otra.numerador), denominador.multiply(otra.denominador));
                default -> new Fraccion(numerador.multiply(otra.denominador), denominador.multiply(otra.numerador));
            };
        }
    }

    private final String texto;
    private final Set<String> variablesDeclaradas;
    private int indice;
    private Token actual;
    /** Parentheses and unary minus signs open at the current token. */
    private int anidamiento;

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
        Expresion expresion = parser.expresion().expresion();
        if (parser.actual.tipo() != Tipo.FIN) {
            throw parser.entradaSobrante();
        }
        int canonica = Expresion.texto(expresion).length();
        if (canonica > LONGITUD_MAXIMA) {
            throw new FormulaInvalidaException("La fórmula escrita como se publica, con un espacio alrededor de cada "
                    + "operador y paréntesis en cada operación anidada, tiene " + canonica + " caracteres y excede el máximo de "
                    + LONGITUD_MAXIMA, 1);
        }
        return expresion;
    }

    private Nodo expresion() {
        Nodo izquierda = termino();
        while (actual.tipo() == Tipo.MAS || actual.tipo() == Tipo.MENOS) {
            Token operador = actual;
            avanzar();
            izquierda = operacion(operador, izquierda, termino());
        }
        return izquierda;
    }

    private Nodo termino() {
        Nodo izquierda = factor();
        while (actual.tipo() == Tipo.POR || actual.tipo() == Tipo.ENTRE) {
            Token operador = actual;
            avanzar();
            izquierda = operacion(operador, izquierda, factor());
        }
        return izquierda;
    }

    private Nodo factor() {
        if (actual.tipo() == Tipo.MENOS) {
            Token menos = actual;
            abrirNivel();
            Nodo operando = factor();
            anidamiento--;
            return nodo(new Negacion(operando.expresion()), operando.profundidad() + 1,
                    operando.constante() == null ? null : operando.constante().negada(), menos);
        }
        return primario();
    }

    private Nodo primario() {
        Token token = actual;
        switch (token.tipo()) {
            case NUMERO -> {
                avanzar();
                BigDecimal valor = new BigDecimal(token.texto());
                return new Nodo(new Numero(valor), 1, Fraccion.de(valor));
            }
            case IDENTIFICADOR -> {
                validarVariable(token);
                avanzar();
                return new Nodo(new Variable(token.texto()), 1, null);
            }
            case ABRE -> {
                abrirNivel();
                Nodo interior = expresion();
                if (actual.tipo() != Tipo.CIERRA) {
                    throw esperado(actual.tipo() == Tipo.FIN ? "')'" : "un operador o ')'");
                }
                anidamiento--;
                avanzar();
                return interior;
            }
            default -> throw esperado("un número, una variable o '('");
        }
    }

    /** Steps over a '(' or a unary '-', refusing one level too many before descending into it. */
    private void abrirNivel() {
        if (++anidamiento > PROFUNDIDAD_MAXIMA) {
            throw demasiadoProfunda(actual);
        }
        avanzar();
    }

    private Nodo operacion(Token operador, Nodo izquierda, Nodo derecha) {
        char simbolo = operador.texto().charAt(0);
        if (simbolo == '/' && derecha.constante() != null && derecha.constante().esCero()) {
            throw new FormulaInvalidaException("División entre cero en la posición " + operador.posicion()
                    + ": el divisor vale siempre 0", operador.posicion());
        }
        Fraccion constante = izquierda.constante() == null || derecha.constante() == null ? null
                : izquierda.constante().operar(simbolo, derecha.constante());
        return nodo(new Operacion(simbolo, izquierda.expresion(), derecha.expresion()),
                Math.max(izquierda.profundidad(), derecha.profundidad()) + 1, constante, operador);
    }

    private static Nodo nodo(Expresion expresion, int profundidad, Fraccion constante, Token operador) {
        if (profundidad > PROFUNDIDAD_MAXIMA) {
            throw demasiadoProfunda(operador);
        }
        return new Nodo(expresion, profundidad, constante);
    }

    private static FormulaInvalidaException demasiadoProfunda(Token token) {
        return new FormulaInvalidaException("La fórmula anida más de " + PROFUNDIDAD_MAXIMA + " niveles (operaciones, "
                + "signos menos o paréntesis) en la posición " + token.posicion(), token.posicion());
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
