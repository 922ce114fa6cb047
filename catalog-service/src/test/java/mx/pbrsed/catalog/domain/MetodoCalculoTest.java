package mx.pbrsed.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetodoCalculoTest {

    @Test
    void laMatriculaConsularDeLaSemillaEsUnDatoAbsoluto() {
        MetodoCalculo metodo = MetodoCalculo.de(FamiliaMetodo.DATO_ABSOLUTO, "V1", Set.of("V1"));

        assertThat(metodo.familia()).isEqualTo(FamiliaMetodo.DATO_ABSOLUTO);
        assertThat(metodo.expresionTexto()).isEqualTo("V1");
        assertThat(metodo.arbol()).isEqualTo(new Variable("V1"));
    }

    @Test
    void losProgramasAFavorDeMigrantesDeLaSemillaSonUnPorcentaje() {
        MetodoCalculo metodo = MetodoCalculo.de(FamiliaMetodo.PORCENTAJE, "(V1/V2)*100", Set.of("V1", "V2"));

        assertThat(metodo.familia()).isEqualTo(FamiliaMetodo.PORCENTAJE);
        assertThat(metodo.expresionTexto()).isEqualTo("(V1 / V2) * 100");
        assertThat(metodo.arbol()).isEqualTo(new Operacion('*',
                new Operacion('/', new Variable("V1"), new Variable("V2")), new Numero(new BigDecimal("100"))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TASA_VARIACION | ((V2 / V1) - 1) * 100
            RAZON          | V1 / V2
            PROMEDIO       | V2 / V1
            INDICE         | (V1 + V2) / 2
            OTRO           | V1 - V2
            """)
    void otrasFamiliasConSuFormaGuardanElTextoCanonico(FamiliaMetodo familia, String canonico) {
        MetodoCalculo metodo = MetodoCalculo.de(familia, canonico.replace(" ", ""), Set.of("V1", "V2"));

        assertThat(metodo.expresionTexto()).isEqualTo(canonico);
    }

    @Test
    void unaFormulaQueNoTieneLaFormaDeSuFamilia() {
        DefinicionInvalidaException error = catchThrowableOfType(DefinicionInvalidaException.class,
                () -> MetodoCalculo.de(FamiliaMetodo.PORCENTAJE, "V1/V2", Set.of("V1", "V2")));

        assertThat(error.campo()).isEqualTo("metodoCalculo.expresion");
        assertThat(error.getMessage())
                .isEqualTo("El método PORCENTAJE espera la forma (V1 / V2) * 100 y la fórmula es V1 / V2");
    }

    @Test
    void unDatoAbsolutoNoPuedeSerUnPorcentaje() {
        DefinicionInvalidaException error = catchThrowableOfType(DefinicionInvalidaException.class,
                () -> MetodoCalculo.de(FamiliaMetodo.DATO_ABSOLUTO, "(V1/V2)*100", Set.of("V1", "V2")));

        assertThat(error.getMessage())
                .isEqualTo("El método DATO_ABSOLUTO espera la forma V1 y la fórmula es (V1 / V2) * 100");
    }

    @Test
    void unaVariableDeclaradaSinUsar() {
        DefinicionInvalidaException error = catchThrowableOfType(DefinicionInvalidaException.class,
                () -> MetodoCalculo.de(FamiliaMetodo.DATO_ABSOLUTO, "V1", Set.of("V1", "V2")));

        assertThat(error.campo()).isEqualTo("metodoCalculo.expresion");
        assertThat(error.getMessage()).isEqualTo("La variable declarada V2 no se usa en la fórmula");
    }

    @Test
    void variasVariablesDeclaradasSinUsarSeListanEnOrdenNumerico() {
        DefinicionInvalidaException error = catchThrowableOfType(DefinicionInvalidaException.class,
                () -> MetodoCalculo.de(FamiliaMetodo.OTRO, "V1 * V3", Set.of("V1", "V10", "V2", "V3")));

        assertThat(error.getMessage()).isEqualTo("Las variables declaradas V2, V10 no se usan en la fórmula");
    }

    @Test
    void laFormaSeRevisaAntesQueLasVariablesSinUsar() {
        DefinicionInvalidaException error = catchThrowableOfType(DefinicionInvalidaException.class,
                () -> MetodoCalculo.de(FamiliaMetodo.PORCENTAJE, "V1", Set.of("V1", "V2")));

        assertThat(error.getMessage()).startsWith("El método PORCENTAJE espera la forma");
    }

    @Test
    void unErrorDeSintaxisConservaSuPosicion() {
        FormulaInvalidaException error = catchThrowableOfType(FormulaInvalidaException.class,
                () -> MetodoCalculo.de(FamiliaMetodo.PORCENTAJE, "(V1/V3)*100", Set.of("V1", "V2")));

        assertThat(error.getMessage()).isEqualTo("Variable no declarada 'V3' en la posición 5");
        assertThat(error.posicion()).isEqualTo(5);
    }

    @Test
    void elConstructorTambienExigeLaForma() {
        DefinicionInvalidaException error = catchThrowableOfType(DefinicionInvalidaException.class,
                () -> new MetodoCalculo(FamiliaMetodo.RAZON, "V1", new Variable("V1")));

        assertThat(error.campo()).isEqualTo("metodoCalculo.expresion");
    }

    @Test
    void laFamiliaEsObligatoria() {
        assertThatNullPointerException().isThrownBy(() -> MetodoCalculo.de(null, "V1", Set.of("V1")));
    }
}
