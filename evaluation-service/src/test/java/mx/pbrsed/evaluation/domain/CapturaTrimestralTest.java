package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.mes;
import static mx.pbrsed.evaluation.domain.Datos.meses;
import static mx.pbrsed.evaluation.domain.Datos.valores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CapturaTrimestralTest {

    @ParameterizedTest(name = "Q{0} -> mes {1}")
    @CsvSource({"1, 3", "2, 6", "3, 9", "4, 12"})
    void unaCapturaTrimestralPerteneceAlUltimoMes(int trimestre, int mes) {
        CapturaTrimestral captura = CapturaTrimestral.delTrimestre(trimestre, valores("V1", "9"));
        assertThat(captura.valores().porMes()).containsOnlyKeys(mes);
    }

    @ParameterizedTest(name = "Q{0} acepta los meses {1}, {2} y {3}")
    @CsvSource({"1, 1, 2, 3", "2, 4, 5, 6", "3, 7, 8, 9", "4, 10, 11, 12"})
    void unaCapturaMensualTraeLosTresMesesDelTrimestre(int trimestre, int m1, int m2, int m3) {
        CapturaTrimestral captura = new CapturaTrimestral(trimestre,
                meses(mes(m1, "V1", "1"), mes(m2, "V1", "2"), mes(m3, "V1", "3")));
        assertThat(captura.valores().porMes()).containsOnlyKeys(m1, m2, m3);
    }

    @ParameterizedTest(name = "Q{0} rechaza el mes {1}")
    @CsvSource({"1, 4", "2, 3", "2, 7", "4, 9", "3, 12"})
    void rechazaMesesDeOtroTrimestre(int trimestre, int mes) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CapturaTrimestral(trimestre, meses(mes(mes, "V1", "1"))));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5})
    void rechazaTrimestresInexistentes(int trimestre) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CapturaTrimestral(trimestre, ValoresMensuales.vacios()));
    }

    @Test
    void rechazaValoresNulos() {
        assertThatNullPointerException().isThrownBy(() -> new CapturaTrimestral(1, null));
    }
}
