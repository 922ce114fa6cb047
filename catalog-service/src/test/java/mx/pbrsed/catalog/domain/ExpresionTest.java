package mx.pbrsed.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpresionTest {

    private static final Set<String> VARIABLES = Set.of("V1", "V2", "V3", "V10");

    private static Expresion parsear(String texto) {
        return ParserFormula.parsear(texto, VARIABLES);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            (V1/V2)*100          | (V1 / V2) * 100
            ((V1/V2)-1)*100      | ((V1 / V2) - 1) * 100
            V1                   | V1
            (V1)                 | V1
            V1/V2                | V1 / V2
            V1 - V2 - V3         | (V1 - V2) - V3
            V1 - (V2 - V3)       | V1 - (V2 - V3)
            V1 + V2 * V3         | V1 + (V2 * V3)
            V1 / V2 * 100        | (V1 / V2) * 100
            100.00               | 100
            1000                 | 1000
            0.50                 | 0.5
            -V1                  | -V1
            -(V1 + V2)           | -(V1 + V2)
            --V1                 | --V1
            V1 * -V2             | V1 * -V2
            -V1 * V2             | -V1 * V2
            -(V1 * V2) / V10     | -(V1 * V2) / V10
            """)
    void textoCanonico(String formula, String canonico) {
        assertThat(Expresion.texto(parsear(formula))).isEqualTo(canonico);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(V1/V2)*100", "((V1/V2)-1)*100", "V1 - V2 - V3", "V1 - (V2 - V3)",
            "-(V1 + V2) * -V3", "V1 / (V2 * (V3 + 0.5))", "--V10", "-(V1 * V2) / V10"})
    void elTextoCanonicoVuelveADarElMismoArbol(String formula) {
        Expresion arbol = parsear(formula);

        assertThat(parsear(Expresion.texto(arbol))).isEqualTo(arbol);
    }

    @Test
    void variablesUsadasEnOrdenDeAparicionSinRepetir() {
        assertThat(Expresion.variablesUsadas(parsear("V2 + V1 * V2 - -V10")))
                .containsExactly("V2", "V1", "V10");
    }

    @Test
    void unaFormulaSinVariables() {
        assertThat(Expresion.variablesUsadas(parsear("100 / 4"))).isEmpty();
    }

    @Test
    void lasVariablesUsadasNoSeModifican() {
        Set<String> usadas = Expresion.variablesUsadas(parsear("V1"));

        assertThatThrownBy(() -> usadas.add("V2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"X1", "V0", "V01", "v1", "V", ""})
    void unaVariableSoloSeLlamaVn(String clave) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Variable(clave));
    }

    @Test
    void unaOperacionSoloAdmiteLasCuatroOperaciones() {
        Variable v1 = new Variable("V1");

        assertThatIllegalArgumentException().isThrownBy(() -> new Operacion('%', v1, v1))
                .withMessage("Operador inválido '%'");
        assertThat(new Operacion('/', v1, v1).operador()).isEqualTo('/');
    }

    @Test
    void losNodosNoAdmitenNulos() {
        Variable v1 = new Variable("V1");

        assertThatNullPointerException().isThrownBy(() -> new Numero(null));
        assertThatNullPointerException().isThrownBy(() -> new Variable(null));
        assertThatNullPointerException().isThrownBy(() -> new Negacion(null));
        assertThatNullPointerException().isThrownBy(() -> new Operacion('+', null, v1));
        assertThatNullPointerException().isThrownBy(() -> new Operacion('+', v1, null));
    }

    @Test
    void unNumeroNegativoSeImprimeConSigno() {
        assertThat(Expresion.texto(new Numero(new BigDecimal("-2.50")))).isEqualTo("-2.5");
    }
}
