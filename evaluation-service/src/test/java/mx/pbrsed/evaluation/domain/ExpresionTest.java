package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.bd;
import static mx.pbrsed.evaluation.domain.Datos.valores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpresionTest {

    private static final Variable V1 = new Variable("V1");
    private static final Variable V2 = new Variable("V2");
    private static final Numero CIEN = new Numero(bd("100"));
    private static final Numero UNO = new Numero(BigDecimal.ONE);

    /** (V1/V2)*100 */
    private static final Expresion PORCENTAJE = new Operacion('*', new Operacion('/', V1, V2), CIEN);
    /** ((V1/V2)-1)*100 */
    private static final Expresion TASA_VARIACION =
            new Operacion('*', new Operacion('-', new Operacion('/', V1, V2), UNO), CIEN);

    @Nested
    class Evaluacion {

        @Test
        void aplicaCadaOperador() throws DivisionPorCeroException {
            Map<String, BigDecimal> v = valores("V1", "7.5", "V2", "2.5");
            assertThat(new Operacion('+', V1, V2).evaluar(v)).isEqualByComparingTo("10");
            assertThat(new Operacion('-', V1, V2).evaluar(v)).isEqualByComparingTo("5");
            assertThat(new Operacion('*', V1, V2).evaluar(v)).isEqualByComparingTo("18.75");
            assertThat(new Operacion('/', V1, V2).evaluar(v)).isEqualByComparingTo("3");
            assertThat(new Negacion(V1).evaluar(v)).isEqualByComparingTo("-7.5");
        }

        @Test
        void familiasDelCatalogo() throws DivisionPorCeroException {
            assertThat(PORCENTAJE.evaluar(valores("V1", "9", "V2", "9"))).isEqualByComparingTo("100");
            assertThat(TASA_VARIACION.evaluar(valores("V1", "110", "V2", "100"))).isEqualByComparingTo("10");
            assertThat(TASA_VARIACION.evaluar(valores("V1", "90", "V2", "100"))).isEqualByComparingTo("-10");
            assertThat(V1.evaluar(valores("V1", "32822"))).isEqualByComparingTo("32822");
        }

        @Test
        void divideConDecimal128() throws DivisionPorCeroException {
            BigDecimal tercio = new Operacion('/', V1, V2).evaluar(valores("V1", "1", "V2", "3"));
            assertThat(tercio).isEqualTo(BigDecimal.ONE.divide(bd("3"), MathContext.DECIMAL128));
            assertThat(tercio.precision()).isEqualTo(34);
        }

        @Test
        void divisorCeroSeSenalaConExcepcionVerificada() {
            assertThatThrownBy(() -> PORCENTAJE.evaluar(valores("V1", "9", "V2", "0")))
                    .isInstanceOf(DivisionPorCeroException.class)
                    .hasMessageContaining("9 / 0");
        }

        @Test
        void divisorCeroConEscalaTambienEsCero() {
            assertThatThrownBy(() -> PORCENTAJE.evaluar(valores("V1", "9", "V2", "0.000")))
                    .isInstanceOf(DivisionPorCeroException.class);
        }

        @Test
        void divisorCeroAnidadoSePropaga() {
            Expresion anidada = new Negacion(new Operacion('+', UNO, new Operacion('/', UNO, new Operacion('-', V1, V1))));
            assertThatThrownBy(() -> anidada.evaluar(valores("V1", "4")))
                    .isInstanceOf(DivisionPorCeroException.class);
        }

        @Test
        void numeradorCeroNoEsProblema() throws DivisionPorCeroException {
            assertThat(PORCENTAJE.evaluar(valores("V1", "0", "V2", "9"))).isEqualByComparingTo("0");
        }

        @Test
        void variableSinValorEsErrorDeProgramacion() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> PORCENTAJE.evaluar(valores("V1", "9")))
                    .withMessageContaining("V2");
            assertThatIllegalArgumentException().isThrownBy(() -> PORCENTAJE.renderizar(valores("V1", "9")));
        }
    }

    @Nested
    class Traza {

        @Test
        void porcentajeComoLaSemilla() {
            assertThat(PORCENTAJE.renderizar(valores("V1", "9", "V2", "9"))).isEqualTo("(9 / 9) * 100");
        }

        @Test
        void datoAbsoluto() {
            assertThat(V1.renderizar(valores("V1", "32822"))).isEqualTo("32822");
        }

        @Test
        void tasaDeVariacionAnidaParentesis() {
            assertThat(TASA_VARIACION.renderizar(valores("V1", "110", "V2", "100"))).isEqualTo("((110 / 100) - 1) * 100");
        }

        @Test
        void elNivelSuperiorNoLlevaParentesis() {
            assertThat(new Operacion('/', V1, V2).renderizar(valores("V1", "1", "V2", "2"))).isEqualTo("1 / 2");
        }

        @Test
        void parentesisAunCuandoLaPrecedenciaNoLosExige() {
            Expresion suma = new Operacion('+', V1, new Operacion('*', V2, CIEN));
            assertThat(suma.renderizar(valores("V1", "1", "V2", "2"))).isEqualTo("1 + (2 * 100)");
            Expresion izquierda = new Operacion('-', new Operacion('-', V1, V2), UNO);
            assertThat(izquierda.renderizar(valores("V1", "5", "V2", "2"))).isEqualTo("(5 - 2) - 1");
        }

        @Test
        void menosUnario() {
            Map<String, BigDecimal> v = valores("V1", "9", "V2", "3");
            assertThat(new Negacion(V1).renderizar(v)).isEqualTo("-9");
            assertThat(new Negacion(CIEN).renderizar(v)).isEqualTo("-100");
            assertThat(new Operacion('*', new Negacion(V1), V2).renderizar(v)).isEqualTo("-9 * 3");
            assertThat(new Operacion('-', V2, new Negacion(V1)).renderizar(v)).isEqualTo("3 - -9");
        }

        @Test
        void menosUnarioSobreOperacionLlevaParentesis() {
            Map<String, BigDecimal> v = valores("V1", "9", "V2", "3");
            assertThat(new Negacion(new Operacion('+', V1, V2)).renderizar(v)).isEqualTo("-(9 + 3)");
            assertThat(new Operacion('*', new Negacion(new Operacion('/', V1, V2)), CIEN).renderizar(v))
                    .isEqualTo("-(9 / 3) * 100");
        }

        @Test
        void menosUnarioNoSePegaAOtroSigno() {
            assertThat(new Negacion(new Negacion(V1)).renderizar(valores("V1", "9"))).isEqualTo("-(-9)");
            assertThat(new Negacion(V1).renderizar(valores("V1", "-3"))).isEqualTo("-(-3)");
        }

        @Test
        void valorNegativoComoOperando() {
            assertThat(TASA_VARIACION.renderizar(valores("V1", "-5", "V2", "10"))).isEqualTo("((-5 / 10) - 1) * 100");
        }

        @ParameterizedTest(name = "{0} se escribe {1}")
        @CsvSource({
            "9,          9",
            "9.000,      9",
            "1.50,       1.5",
            "0.000,      0",
            "1E+2,       100",
            "1.2E+3,     1200",
            "0.0000001,  0.0000001",
            "-12.3400,   -12.34",
            "45649.00,   45649",
        })
        void numerosSinCerosDeMasNiNotacionCientifica(String valor, String esperado) {
            assertThat(new Numero(bd(valor)).renderizar(Map.of())).isEqualTo(esperado);
            assertThat(V1.renderizar(valores("V1", valor))).isEqualTo(esperado);
        }
    }

    @Nested
    class Variables {

        @Test
        void enOrdenDeAparicionSinRepetir() {
            Expresion e = new Operacion('+', new Operacion('*', V2, V1), new Negacion(new Operacion('/', V2, new Variable("V3"))));
            assertThat(e.variables()).containsExactly("V2", "V1", "V3");
        }

        @Test
        void unNumeroNoTieneVariables() {
            assertThat(CIEN.variables()).isEmpty();
        }
    }

    @Nested
    class Construccion {

        @ParameterizedTest
        @CsvSource({"^", "%", "x", "' '"})
        void rechazaOperadoresDesconocidos(char operador) {
            assertThatIllegalArgumentException().isThrownBy(() -> new Operacion(operador, V1, V2));
        }

        @Test
        void rechazaNulosYClavesVacias() {
            assertThatNullPointerException().isThrownBy(() -> new Numero(null));
            assertThatNullPointerException().isThrownBy(() -> new Variable(null));
            assertThatIllegalArgumentException().isThrownBy(() -> new Variable(" "));
            assertThatNullPointerException().isThrownBy(() -> new Operacion('+', null, V2));
            assertThatNullPointerException().isThrownBy(() -> new Operacion('+', V1, null));
            assertThatNullPointerException().isThrownBy(() -> new Negacion(null));
        }
    }
}
