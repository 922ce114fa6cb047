package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.bd;
import static mx.pbrsed.evaluation.domain.Datos.valores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaParserTest {

    private static final Variable V1 = new Variable("V1");
    private static final Variable V2 = new Variable("V2");

    @Test
    void porcentaje() {
        assertThat(FormulaParser.parse("(V1/V2)*100"))
                .isEqualTo(new Operacion('*', new Operacion('/', V1, V2), new Numero(bd("100"))));
    }

    @Test
    void tasaDeVariacion() {
        assertThat(FormulaParser.parse("((V1/V2)-1)*100")).isEqualTo(new Operacion('*',
                new Operacion('-', new Operacion('/', V1, V2), new Numero(bd("1"))), new Numero(bd("100"))));
    }

    @Test
    void datoAbsoluto() {
        assertThat(FormulaParser.parse("V1")).isEqualTo(V1);
    }

    @Test
    void menosUnario() {
        assertThat(FormulaParser.parse("-V1")).isEqualTo(new Negacion(V1));
        assertThat(FormulaParser.parse("--V1")).isEqualTo(new Negacion(new Negacion(V1)));
        assertThat(FormulaParser.parse("-(V1+V2)")).isEqualTo(new Negacion(new Operacion('+', V1, V2)));
        assertThat(FormulaParser.parse("V1*-V2")).isEqualTo(new Operacion('*', V1, new Negacion(V2)));
    }

    @Test
    void numerosDecimales() {
        assertThat(FormulaParser.parse("0.5 * V1")).isEqualTo(new Operacion('*', new Numero(bd("0.5")), V1));
    }

    @Test
    void ignoraEspacios() {
        assertThat(FormulaParser.parse("  ( V1 /\tV2 ) * 100 ")).isEqualTo(FormulaParser.parse("(V1/V2)*100"));
    }

    @Test
    void clavesConGuionBajoYMinusculas() {
        assertThat(FormulaParser.parse("v_total / V10").variables()).containsExactly("v_total", "V10");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "10 - 4 - 3,       3",
        "8 / 4 / 2,        1",
        "2 + 3 * 4,        14",
        "(2 + 3) * 4,      20",
        "-2 * 3 + 10,      4",
        "-(2 * 3) + 10,    4",
        "2 - -3,           5",
        "100 / 8,          12.5",
        "1.5 * 2,          3",
    })
    void precedenciaYAsociatividadIzquierda(String formula, String esperado) throws DivisionPorCeroException {
        assertThat(FormulaParser.parse(formula).evaluar(valores())).isEqualByComparingTo(esperado);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "(V1/V2)*100         | (9 / 3) * 100",
        "((V1/V2)-1)*100     | ((9 / 3) - 1) * 100",
        "V1/V2               | 9 / 3",
        "V1+V2*100           | 9 + (3 * 100)",
        "-V1                 | -9",
        "-(V1-V2)/V2         | -(9 - 3) / 3",
    })
    void trazaDeLaFormulaLeida(String formula, String traza) {
        assertThat(FormulaParser.parse(formula).renderizar(valores("V1", "9", "V2", "3"))).isEqualTo(traza);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "V1 +", "(V1", "V1)", "()", "2..3", "1.", ".5", "V1 ^ 2", "*3", "V1 V2",
        "+V1", "V1 % 2", "(V1/V2)*100)", "١٢"})
    void rechazaFormulasMalFormadas(String formula) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FormulaParser.parse(formula))
                .withMessageContaining("Formula invalida");
    }
}
