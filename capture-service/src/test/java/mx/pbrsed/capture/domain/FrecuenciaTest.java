package mx.pbrsed.capture.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** SPEC rule 9: the months of measurement of each quarter, and the ejercicios a multi-year frecuencia measures. */
class FrecuenciaTest {

    @ParameterizedTest(name = "{0}: Q1 [{1}] Q2 [{2}] Q3 [{3}] Q4 [{4}]")
    @CsvSource({
        "MENSUAL,       1 2 3, 4 5 6, 7 8 9, 10 11 12",
        "BIMESTRAL,     2,     4 6,   8,     10 12",
        "TRIMESTRAL,    3,     6,     9,     12",
        "CUATRIMESTRAL, '',    4,     8,     12",
        "SEMESTRAL,     '',    6,     '',    12",
        "ANUAL,         '',    '',    '',    12",
        "BIENAL,        '',    '',    '',    12",
        "TRIENAL,       '',    '',    '',    12",
        "QUINQUENAL,    '',    '',    '',    12",
        "SEXENAL,       '',    '',    '',    12"})
    void mesesDeMedicionPorTrimestre(Frecuencia frecuencia, String t1, String t2, String t3, String t4) {
        List<String> esperados = List.of(t1, t2, t3, t4);
        for (int trimestre = 1; trimestre <= 4; trimestre++) {
            String meses = esperados.get(trimestre - 1);
            List<Integer> delTrimestre = meses.isEmpty() ? List.of()
                    : Arrays.stream(meses.split(" ")).map(Integer::valueOf).toList();
            assertThat(frecuencia.mesesDeMedicion(trimestre)).as("Q" + trimestre).containsExactlyElementsOf(delTrimestre);
            assertThat(frecuencia.esperaMedicion(trimestre)).isEqualTo(!delTrimestre.isEmpty());
        }
    }

    @ParameterizedTest(name = "{0} con línea base {1} mide en {2}: {3}")
    @CsvSource({
        "BIENAL, 2022, 2022, true", "BIENAL, 2022, 2023, false", "BIENAL, 2022, 2024, true",
        "TRIENAL, 2020, 2023, true", "TRIENAL, 2020, 2025, false",
        "QUINQUENAL, 2020, 2025, true", "QUINQUENAL, 2020, 2024, false",
        "SEXENAL, 2018, 2024, true", "SEXENAL, 2018, 2027, false",
        "ANUAL, 2018, 2023, true", "MENSUAL, 2022, 2023, true"})
    void losPlurianualesMidenCadaPeriodoDesdeSuLineaBase(Frecuencia frecuencia, int lineaBase, int ejercicio,
                                                         boolean mide) {
        assertThat(frecuencia.mideEnEjercicio(ejercicio, lineaBase)).isEqualTo(mide);
    }

    @ParameterizedTest
    @EnumSource(Frecuencia.class)
    void sinLineaBaseCadaEjercicioCuentaYSoloHayCuatroTrimestres(Frecuencia frecuencia) {
        assertThat(frecuencia.mideEnEjercicio(2023, null)).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> frecuencia.mesesDeMedicion(5));
        assertThatIllegalArgumentException().isThrownBy(() -> frecuencia.mesesDeMedicion(0));
    }
}
