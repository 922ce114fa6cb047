package mx.pbrsed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatoTest {

    @Test
    void cellsGroupThousandsAndShowADashForAMissingFigure() {
        assertThat(Formato.n(1621.6)).isEqualTo("1,622");
        assertThat(Formato.n1(78_912.34)).isEqualTo("78,912.3");
        assertThat(Formato.n2(2.525)).isEqualTo("2.53");
        assertThat(Formato.n(Double.NaN)).isEqualTo("—");
        assertThat(Formato.n1(Double.NaN)).isEqualTo("—");
        assertThat(Formato.n2(Double.NaN)).isEqualTo("—");
    }

    @Test
    void ratiosShowADashWhenEitherSideIsMissingOrTheBaselineIsZero() {
        assertThat(Formato.pct(199, 1622)).isEqualTo("12 %");
        assertThat(Formato.veces(143, 7)).isEqualTo("20.4x");
        assertThat(Formato.pct(1, 0)).isEqualTo("—");
        assertThat(Formato.veces(Double.NaN, 3)).isEqualTo("—");
        assertThat(Formato.pct(3, Double.NaN)).isEqualTo("—");
    }

    @Test
    void theVerdictIsWithheldWhenAFigureItRestsOnIsMissing() {
        assertThat(Formato.cumple(true, 1, 2)).isEqualTo("sí");
        assertThat(Formato.cumple(false, 1)).isEqualTo("**no**");
        assertThat(Formato.cumple(true, 1, Double.NaN)).isEqualTo("—");
    }

    @Test
    void theResultsFileTakesOneDecimalWithAPointWhateverTheLocale() {
        assertThat(Formato.fmt(12.46)).isEqualTo("12.5");
        assertThat(Formato.fmt(1234567)).isEqualTo("1234567.0");
    }
}
