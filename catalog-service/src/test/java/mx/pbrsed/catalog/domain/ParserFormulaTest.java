package mx.pbrsed.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParserFormulaTest {

    private static final Set<String> V1_A_V3 = Set.of("V1", "V2", "V3");

    private static final Variable V1 = new Variable("V1");
    private static final Variable V2 = new Variable("V2");
    private static final Variable V3 = new Variable("V3");

    private static Expresion parsear(String texto) {
        return ParserFormula.parsear(texto, V1_A_V3);
    }

    private static Numero numero(String valor) {
        return new Numero(new BigDecimal(valor));
    }

    private static Operacion op(char operador, Expresion izquierda, Expresion derecha) {
        return new Operacion(operador, izquierda, derecha);
    }

    @Nested
    class Gramatica {

        @Test
        void unNumeroEntero() {
            assertThat(parsear("100")).isEqualTo(numero("100"));
        }

        @Test
        void unNumeroDecimalConservaSuValor() {
            assertThat(parsear("0.5")).isEqualTo(numero("0.5"));
            assertThat(parsear("007")).isEqualTo(numero("007"));
        }

        @Test
        void unaVariableDeclarada() {
            assertThat(parsear("V1")).isEqualTo(V1);
            assertThat(ParserFormula.parsear("V12", Set.of("V12"))).isEqualTo(new Variable("V12"));
        }

        @Test
        void laFormulaDelPorcentajeDeLaSemilla() {
            assertThat(parsear("(V1/V2)*100")).isEqualTo(op('*', op('/', V1, V2), numero("100")));
        }

        @Test
        void cadaOperadorBinario() {
            assertThat(parsear("V1+V2")).isEqualTo(op('+', V1, V2));
            assertThat(parsear("V1-V2")).isEqualTo(op('-', V1, V2));
            assertThat(parsear("V1*V2")).isEqualTo(op('*', V1, V2));
            assertThat(parsear("V1/V2")).isEqualTo(op('/', V1, V2));
        }

        @Test
        void losParentesisRedundantesNoDejanRastro() {
            assertThat(parsear("((V1))")).isEqualTo(V1);
        }

        @Test
        void losParentesisCambianLaAgrupacion() {
            assertThat(parsear("V1 - (V2 - V3)")).isEqualTo(op('-', V1, op('-', V2, V3)));
            assertThat(parsear("(V1 + V2) * V3")).isEqualTo(op('*', op('+', V1, V2), V3));
        }

        @Test
        void losEspaciosSeIgnoran() {
            Expresion compacta = parsear("(V1/V2)*100");
            assertThat(parsear("  ( V1 /\tV2 ) *\n100  ")).isEqualTo(compacta);
            // Non-breaking spaces, as pasted from the state's PDF.
            assertThat(parsear("(V1\u00A0/\u00A0V2)\u00A0*\u00A0100")).isEqualTo(compacta);
        }

        @Test
        void parentesisAnidadosHastaLaProfundidadMaxima() {
            int maxima = ParserFormula.PROFUNDIDAD_MAXIMA;
            assertThat(parsear("(".repeat(maxima) + "V1" + ")".repeat(maxima))).isEqualTo(V1);
        }

        @Test
        void unArbolDeLaProfundidadMaxima() {
            // a sum of 32 terms is 31 operations deep, plus its first term
            String suma = "V1" + "+V1".repeat(ParserFormula.PROFUNDIDAD_MAXIMA - 1);
            String negada = "-".repeat(ParserFormula.PROFUNDIDAD_MAXIMA - 1) + "V1";

            assertThat(parsear(suma)).isInstanceOf(Operacion.class);
            assertThat(parsear(negada)).isInstanceOf(Negacion.class);
        }

        @Test
        void dividirEntreUnaConstanteQueNoEsCeroOEntreVariables() {
            assertThat(parsear("V1 / (2 - 1)")).isEqualTo(op('/', V1, op('-', numero("2"), numero("1"))));
            assertThat(parsear("0 / V1")).isEqualTo(op('/', numero("0"), V1));
            assertThat(parsear("V1 / (V2 - V2)")).isEqualTo(op('/', V1, op('-', V2, V2)));
            assertThat(parsear("V1 / 0.001")).isEqualTo(op('/', V1, numero("0.001")));
        }

        @Test
        void unaFormulaDeLongitudMaximaSeAcepta() {
            String texto = "V1" + " ".repeat(ParserFormula.LONGITUD_MAXIMA - 2);
            assertThat(parsear(texto)).isEqualTo(V1);
        }

        @Test
        void lasVariablesDeclaradasSonObligatorias() {
            assertThatNullPointerException().isThrownBy(() -> ParserFormula.parsear("V1", null));
        }
    }

    @Nested
    class PrecedenciaYAsociatividad {

        @Test
        void laRestaAsociaPorLaIzquierda() {
            assertThat(parsear("V1 - V2 - V3")).isEqualTo(op('-', op('-', V1, V2), V3));
        }

        @Test
        void divisionYProductoAsocianPorLaIzquierda() {
            assertThat(parsear("V1 / V2 * 100")).isEqualTo(op('*', op('/', V1, V2), numero("100")));
            assertThat(parsear("V1 / V2 / V3")).isEqualTo(op('/', op('/', V1, V2), V3));
        }

        @Test
        void sumaYRestaAsocianPorLaIzquierda() {
            assertThat(parsear("V1 + V2 - V3")).isEqualTo(op('-', op('+', V1, V2), V3));
            assertThat(parsear("V1 - V2 + V3")).isEqualTo(op('+', op('-', V1, V2), V3));
        }

        @Test
        void elProductoPrecedeALaSuma() {
            assertThat(parsear("V1 + V2 * V3")).isEqualTo(op('+', V1, op('*', V2, V3)));
            assertThat(parsear("V1 * V2 + V3")).isEqualTo(op('+', op('*', V1, V2), V3));
            assertThat(parsear("V1 - V2 / V3")).isEqualTo(op('-', V1, op('/', V2, V3)));
        }

        @Test
        void elMenosUnarioPrecedeATodo() {
            assertThat(parsear("-V1")).isEqualTo(new Negacion(V1));
            assertThat(parsear("-V1 * V2")).isEqualTo(op('*', new Negacion(V1), V2));
            assertThat(parsear("V1 * -V2")).isEqualTo(op('*', V1, new Negacion(V2)));
            assertThat(parsear("V1 - -V2")).isEqualTo(op('-', V1, new Negacion(V2)));
            assertThat(parsear("-(V1 + V2)")).isEqualTo(new Negacion(op('+', V1, V2)));
            assertThat(parsear("--V1")).isEqualTo(new Negacion(new Negacion(V1)));
            assertThat(parsear("-100")).isEqualTo(new Negacion(numero("100")));
        }
    }

    @Nested
    class Errores {

        @ParameterizedTest(name = "[{index}] \"{0}\" -> posición {1}")
        @MethodSource("mx.pbrsed.catalog.domain.ParserFormulaTest#errores")
        void cadaErrorDiceQueSeEsperabaYDonde(String texto, int posicion, String mensaje) {
            FormulaInvalidaException error = catchThrowableOfType(FormulaInvalidaException.class,
                    () -> ParserFormula.parsear(texto, Set.of("V1", "V2")));

            assertThat(error).as("\"%s\" debe ser inválida", texto).isNotNull();
            assertThat(error.getMessage()).isEqualTo(mensaje);
            assertThat(error.posicion()).isEqualTo(posicion);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", " ", "\t\n"})
        void textoVacio(String texto) {
            FormulaInvalidaException error = catchThrowableOfType(FormulaInvalidaException.class,
                    () -> parsear(texto));

            assertThat(error.getMessage()).isEqualTo("La fórmula está vacía");
            assertThat(error.posicion()).isEqualTo(1);
        }

        @Test
        void unaFormulaDemasiadoLarga() {
            String texto = "V1" + " + V1".repeat(200);
            FormulaInvalidaException error = catchThrowableOfType(FormulaInvalidaException.class,
                    () -> parsear(texto));

            assertThat(error.getMessage()).isEqualTo("La fórmula excede el máximo de 1000 caracteres");
            assertThat(error.posicion()).isEqualTo(1001);
        }

        /** 15 sums of 16 products fit in 989 characters; as published, with spaces and parentheses, they take 2873. */
        @Test
        void unaFormulaCuyoTextoCanonicoEsDemasiadoLargo() {
            String grupo = "(1*1" + "+1*1".repeat(15) + ")";
            String texto = grupo + ("+" + grupo).repeat(14);
            assertThat(texto).hasSizeLessThanOrEqualTo(ParserFormula.LONGITUD_MAXIMA);

            FormulaInvalidaException error = catchThrowableOfType(FormulaInvalidaException.class,
                    () -> ParserFormula.parsear(texto, Set.of()));

            assertThat(error.getMessage()).contains("tiene 2873 caracteres y excede el máximo de 1000");
            assertThat(error.posicion()).isEqualTo(1);
        }
    }

    static Stream<Arguments> errores() {
        String operando = "Se esperaba un número, una variable o '(' en la posición ";
        String caracter = "; solo se admiten números, variables V1, V2, ..., + - * / y paréntesis";
        String numero = "; se esperaba, p. ej., 100 o 0.5";
        String nombre = "; se esperaba V1, V2, ...";
        String profunda = "La fórmula anida más de 32 niveles (operaciones, signos menos o paréntesis) en la posición ";
        String cero = "División entre cero en la posición ";
        String vale = ": el divisor vale siempre 0";
        return Stream.of(
                // unexpected character
                Arguments.of("V1 % V2", 4, "Carácter inesperado '%' en la posición 4" + caracter),
                Arguments.of("V1 ^ 2", 4, "Carácter inesperado '^' en la posición 4" + caracter),
                Arguments.of("V1 + á", 6, "Carácter inesperado 'á' en la posición 6" + caracter),
                Arguments.of("V1,5", 3, "Carácter inesperado ',' en la posición 3" + caracter),
                Arguments.of("=V1", 1, "Carácter inesperado '=' en la posición 1" + caracter),
                // unbalanced parentheses
                Arguments.of("(V1 + V2", 9, "Se esperaba ')' en la posición 9"),
                Arguments.of("((V1 + V2)", 11, "Se esperaba ')' en la posición 11"),
                Arguments.of("(V1 V2)", 5, "Se esperaba un operador o ')' en la posición 5 y se encontró 'V2'"),
                Arguments.of("(V1 (V2))", 5, "Se esperaba un operador o ')' en la posición 5 y se encontró '('"),
                Arguments.of("V1 + V2)", 8, "Paréntesis ')' sin '(' que lo abra en la posición 8"),
                Arguments.of("(V1))", 5, "Paréntesis ')' sin '(' que lo abra en la posición 5"),
                Arguments.of(")", 1, operando + "1 y se encontró ')'"),
                Arguments.of("()", 2, operando + "2 y se encontró ')'"),
                // trailing input
                Arguments.of("V1 V2", 4, "Se esperaba un operador en la posición 4 y se encontró 'V2'"),
                Arguments.of("V1 100", 4, "Se esperaba un operador en la posición 4 y se encontró '100'"),
                Arguments.of("V1 (V2)", 4, "Se esperaba un operador en la posición 4 y se encontró '('"),
                Arguments.of("(V1) (V2)", 6, "Se esperaba un operador en la posición 6 y se encontró '('"),
                // missing operand
                Arguments.of("V1 +", 5, operando + "5"),
                Arguments.of("V1 *", 5, operando + "5"),
                Arguments.of("-", 2, operando + "2"),
                Arguments.of("V1 * (", 7, operando + "7"),
                Arguments.of("V1 + * V2", 6, operando + "6 y se encontró '*'"),
                Arguments.of("V1 / / V2", 6, operando + "6 y se encontró '/'"),
                Arguments.of("* V1", 1, operando + "1 y se encontró '*'"),
                Arguments.of("+V1", 1, operando + "1 y se encontró '+'"),
                Arguments.of("V1 - + V2", 6, operando + "6 y se encontró '+'"),
                // undeclared or ill-named variable
                Arguments.of("V3 + V1", 1, "Variable no declarada 'V3' en la posición 1"),
                Arguments.of("V1 + V3", 6, "Variable no declarada 'V3' en la posición 6"),
                Arguments.of("(V1 / V20) * 100", 7, "Variable no declarada 'V20' en la posición 7"),
                Arguments.of("V1 + X1", 6, "Nombre de variable inválido 'X1' en la posición 6" + nombre),
                Arguments.of("v1", 1, "Nombre de variable inválido 'v1' en la posición 1" + nombre),
                Arguments.of("V0", 1, "Nombre de variable inválido 'V0' en la posición 1" + nombre),
                Arguments.of("V01", 1, "Nombre de variable inválido 'V01' en la posición 1" + nombre),
                Arguments.of("V", 1, "Nombre de variable inválido 'V' en la posición 1" + nombre),
                Arguments.of("V1V2", 1, "Nombre de variable inválido 'V1V2' en la posición 1" + nombre),
                Arguments.of("pi * V1", 1, "Nombre de variable inválido 'pi' en la posición 1" + nombre),
                // malformed number
                Arguments.of("1.", 1, "Número mal formado '1.' en la posición 1" + numero),
                Arguments.of(".5", 1, "Número mal formado '.5' en la posición 1" + numero),
                Arguments.of("V1 * 1.2.3", 6, "Número mal formado '1.2.3' en la posición 6" + numero),
                Arguments.of("1..2", 1, "Número mal formado '1..2' en la posición 1" + numero),
                Arguments.of("2V1", 1, "Número mal formado '2V1' en la posición 1" + numero),
                Arguments.of("1e5", 1, "Número mal formado '1e5' en la posición 1" + numero),
                Arguments.of("V1.5", 3, "Número mal formado '.5' en la posición 3" + numero),
                // too deep: one level past 32, where it is read
                Arguments.of("(".repeat(33) + "V1" + ")".repeat(33), 33, profunda + "33"),
                Arguments.of("-".repeat(998) + "V1", 33, profunda + "33"),
                Arguments.of("-".repeat(32) + "V1", 1, profunda + "1"),
                Arguments.of("V1" + "+V1".repeat(32), 96, profunda + "96"),
                Arguments.of("V1*(V2*(V1*(V2" + "*(V1".repeat(40), 132, profunda + "132"),
                // a divisor that is always zero
                Arguments.of("V1 / 0", 4, cero + "4" + vale),
                Arguments.of("V1/(0)", 3, cero + "3" + vale),
                Arguments.of("V1/0.0", 3, cero + "3" + vale),
                Arguments.of("V1/(2-2)", 3, cero + "3" + vale),
                Arguments.of("V1 / -0", 4, cero + "4" + vale),
                Arguments.of("V2 + V1 / ((1 / 3) * 3 - 1)", 9, cero + "9" + vale),
                Arguments.of("V1 / (0 / 5)", 4, cero + "4" + vale),
                // the leftmost error wins
                Arguments.of("V1 + % (", 6, "Carácter inesperado '%' en la posición 6" + caracter),
                Arguments.of("V9 + %", 1, "Variable no declarada 'V9' en la posición 1"),
                Arguments.of("(V1 + 1.) * V3", 7, "Número mal formado '1.' en la posición 7" + numero));
    }
}
