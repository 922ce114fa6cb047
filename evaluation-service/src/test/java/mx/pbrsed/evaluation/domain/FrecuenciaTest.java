package mx.pbrsed.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrecuenciaTest {

    @ParameterizedTest(name = "{0} en Q{1}: {2}")
    @CsvSource({
        "MENSUAL,    1, true",  "MENSUAL,    2, true",  "MENSUAL,    3, true",  "MENSUAL,    4, true",
        "TRIMESTRAL, 1, true",  "TRIMESTRAL, 2, true",  "TRIMESTRAL, 3, true",  "TRIMESTRAL, 4, true",
        "SEMESTRAL,  1, false", "SEMESTRAL,  2, true",  "SEMESTRAL,  3, false", "SEMESTRAL,  4, true",
        "ANUAL,      1, false", "ANUAL,      2, false", "ANUAL,      3, false", "ANUAL,      4, true",
    })
    void esperaMedicionSegunFrecuencia(Frecuencia frecuencia, int trimestre, boolean esperada) {
        assertThat(frecuencia.esperaMedicion(trimestre)).isEqualTo(esperada);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void rechazaTrimestresInexistentes(int trimestre) {
        for (Frecuencia frecuencia : Frecuencia.values()) {
            assertThatIllegalArgumentException().isThrownBy(() -> frecuencia.esperaMedicion(trimestre));
        }
    }

    @ParameterizedTest
    @EnumSource(Frecuencia.class)
    void todaFrecuenciaMideAlCierreDelEjercicio(Frecuencia frecuencia) {
        assertThat(frecuencia.esperaMedicion(4)).isTrue();
    }
}
