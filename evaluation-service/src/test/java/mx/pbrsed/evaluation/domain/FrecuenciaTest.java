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
        "BIMESTRAL,  1, true",  "BIMESTRAL,  2, true",  "BIMESTRAL,  3, true",  "BIMESTRAL,  4, true",
        "CUATRIMESTRAL, 1, false", "CUATRIMESTRAL, 2, true", "CUATRIMESTRAL, 3, true", "CUATRIMESTRAL, 4, true",
        "BIENAL,     1, false", "BIENAL,     2, false", "BIENAL,     3, false", "BIENAL,     4, true",
        "SEXENAL,    1, false", "SEXENAL,    2, false", "SEXENAL,    3, false", "SEXENAL,    4, true",
    })
    void esperaMedicionSegunFrecuencia(Frecuencia frecuencia, int trimestre, boolean esperada) {
        assertThat(frecuencia.esperaMedicion(trimestre)).isEqualTo(esperada);
    }

    @ParameterizedTest(name = "{0} con línea base {1} mide en {2}: {3}")
    @CsvSource({
        "BIENAL, 2022, 2023, false", "BIENAL, 2022, 2024, true", "TRIENAL, 2020, 2023, true",
        "TRIENAL, 2020, 2024, false", "QUINQUENAL, 2020, 2025, true", "QUINQUENAL, 2020, 2026, false",
        "SEXENAL, 2018, 2024, true", "SEXENAL, 2018, 2023, false", "ANUAL, 2022, 2023, true",
    })
    void losPlurianualesMidenCadaPeriodoDesdeSuLineaBase(Frecuencia frecuencia, int lineaBase, int ejercicio,
                                                         boolean mide) {
        assertThat(frecuencia.mideEnEjercicio(ejercicio, lineaBase)).isEqualTo(mide);
        assertThat(frecuencia.mideEnEjercicio(ejercicio, null)).as("sin línea base cada ejercicio cuenta").isTrue();
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
