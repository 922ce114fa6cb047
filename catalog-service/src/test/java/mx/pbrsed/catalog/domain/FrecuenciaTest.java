package mx.pbrsed.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrecuenciaTest {

    @Test
    void mesesDeMedicion() {
        assertThat(Frecuencia.MENSUAL.mesesDeMedicion()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(Frecuencia.TRIMESTRAL.mesesDeMedicion()).containsExactly(3, 6, 9, 12);
        assertThat(Frecuencia.SEMESTRAL.mesesDeMedicion()).containsExactly(6, 12);
        assertThat(Frecuencia.ANUAL.mesesDeMedicion()).containsExactly(12);
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4}")
    @CsvSource({
            "MENSUAL,    true,  true,  true,  true",
            "TRIMESTRAL, true,  true,  true,  true",
            "SEMESTRAL,  false, true,  false, true",
            "ANUAL,      false, false, false, true"})
    void trimestresConMedicion(Frecuencia frecuencia, boolean t1, boolean t2, boolean t3, boolean t4) {
        assertThat(frecuencia.esperaMedicion(1)).isEqualTo(t1);
        assertThat(frecuencia.esperaMedicion(2)).isEqualTo(t2);
        assertThat(frecuencia.esperaMedicion(3)).isEqualTo(t3);
        assertThat(frecuencia.esperaMedicion(4)).isEqualTo(t4);
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
