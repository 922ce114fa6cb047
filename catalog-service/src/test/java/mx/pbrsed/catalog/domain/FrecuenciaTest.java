package mx.pbrsed.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrecuenciaTest {

    @Test
    void mesesDeMedicion() {
        assertThat(Frecuencia.MENSUAL.mesesDeMedicion()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(Frecuencia.BIMESTRAL.mesesDeMedicion()).containsExactly(2, 4, 6, 8, 10, 12);
        assertThat(Frecuencia.TRIMESTRAL.mesesDeMedicion()).containsExactly(3, 6, 9, 12);
        assertThat(Frecuencia.CUATRIMESTRAL.mesesDeMedicion()).containsExactly(4, 8, 12);
        assertThat(Frecuencia.SEMESTRAL.mesesDeMedicion()).containsExactly(6, 12);
        assertThat(Frecuencia.ANUAL.mesesDeMedicion()).containsExactly(12);
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4}")
    @CsvSource({
            "MENSUAL,    true,  true,  true,  true",
            "BIMESTRAL,  true,  true,  true,  true",
            "TRIMESTRAL, true,  true,  true,  true",
            "CUATRIMESTRAL, false, true, true, true",
            "BIENAL,     false, false, false, true",
            "SEXENAL,    false, false, false, true",
            "SEMESTRAL,  false, true,  false, true",
            "ANUAL,      false, false, false, true"})
    void trimestresConMedicion(Frecuencia frecuencia, boolean t1, boolean t2, boolean t3, boolean t4) {
        assertThat(frecuencia.esperaMedicion(1)).isEqualTo(t1);
        assertThat(frecuencia.esperaMedicion(2)).isEqualTo(t2);
        assertThat(frecuencia.esperaMedicion(3)).isEqualTo(t3);
        assertThat(frecuencia.esperaMedicion(4)).isEqualTo(t4);
    }

    @ParameterizedTest(name = "{0} con línea base {1}, en {2}: meses {3}")
    @CsvSource({
            "BIENAL,     2022, 2022, 12", "BIENAL,     2022, 2023, ''", "BIENAL,     2022, 2024, 12",
            "TRIENAL,    2020, 2023, 12", "TRIENAL,    2020, 2024, ''", "TRIENAL,    2020, 2026, 12",
            "QUINQUENAL, 2020, 2025, 12", "QUINQUENAL, 2020, 2024, ''",
            "SEXENAL,    2018, 2024, 12", "SEXENAL,    2018, 2023, ''", "SEXENAL,    2018, 2030, 12",
            "ANUAL,      2018, 2023, 12", "SEMESTRAL,  2020, 2023, '6 12'"})
    void losPlurianualesSeMidenEnDiciembreCadaPeriodoDesdeLaLineaBase(Frecuencia frecuencia, int lineaBase,
                                                                       int ejercicio, String meses) {
        assertThat(frecuencia.mesesDeMedicion(ejercicio, lineaBase)).containsExactlyElementsOf(
                meses.isEmpty() ? List.of() : Arrays.stream(meses.split(" ")).map(Integer::valueOf).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"BIENAL", "TRIENAL", "QUINQUENAL", "SEXENAL"})
    void unPlurianualNecesitaElAnioDeSuLineaBase(Frecuencia frecuencia) {
        assertThat(frecuencia.plurianual()).isTrue();
        assertThatThrownBy(() -> frecuencia.mesesDeMedicion(2024, null))
                .isInstanceOfSatisfying(DefinicionInvalidaException.class,
                        e -> assertThat(e.campo()).isEqualTo("anioLineaBase"));
    }

    @Test
    void sinPlurianualidadLaLineaBaseEsOpcionalPeroNoPosterior() {
        assertThat(Frecuencia.TRIMESTRAL.mesesDeMedicion(2023, null)).containsExactly(3, 6, 9, 12);
        assertThatThrownBy(() -> Frecuencia.TRIMESTRAL.mesesDeMedicion(2023, 2024))
                .isInstanceOfSatisfying(DefinicionInvalidaException.class,
                        e -> assertThat(e.campo()).isEqualTo("anioLineaBase"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void soloHayCuatroTrimestres(int trimestre) {
        assertThatIllegalArgumentException().isThrownBy(() -> Frecuencia.ANUAL.esperaMedicion(trimestre));
    }

    @Test
    void losMesesDeMedicionNoSeModifican() {
        assertThat(Frecuencia.ANUAL.mesesDeMedicion()).isUnmodifiable();
    }
}
