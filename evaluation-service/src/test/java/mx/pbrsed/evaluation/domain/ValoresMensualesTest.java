package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.bd;
import static mx.pbrsed.evaluation.domain.Datos.mes;
import static mx.pbrsed.evaluation.domain.Datos.meses;
import static mx.pbrsed.evaluation.domain.Datos.valores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ValoresMensualesTest {

    /** A quarterly series: 10, 20, (nothing in Q3), 40 at the quarters' last months. */
    private static final ValoresMensuales TRIMESTRAL =
            meses(mes(3, "V1", "10"), mes(6, "V1", "20"), mes(12, "V1", "40"));

    /** A monthly series over the first two quarters: 1..6. */
    private static final ValoresMensuales MENSUAL = meses(
            mes(1, "V1", "1"), mes(2, "V1", "2"), mes(3, "V1", "3"),
            mes(4, "V1", "4"), mes(5, "V1", "5"), mes(6, "V1", "6"));

    @ParameterizedTest(name = "{0} en Q{1}: {2}")
    @CsvSource({
        "ACUMULABLE,    1, 10",
        "ACUMULABLE,    2, 30",
        "ACUMULABLE,    3, 30",
        "ACUMULABLE,    4, 70",
        "NO_ACUMULABLE, 1, 10",
        "NO_ACUMULABLE, 2, 20",
        "NO_ACUMULABLE, 3, ",
        "NO_ACUMULABLE, 4, 40",
        "ACTUALIZABLE,  1, 10",
        "ACTUALIZABLE,  2, 20",
        "ACTUALIZABLE,  3, 20",
        "ACTUALIZABLE,  4, 40",
    })
    void valoresTrimestrales(TipoVariable tipo, int trimestre, String esperado) {
        assertThat(TRIMESTRAL.valorDelPeriodo("V1", tipo, trimestre)).isEqualTo(Optional.ofNullable(esperado).map(BigDecimal::new));
    }

    @ParameterizedTest(name = "{0} en Q{1}: {2}")
    @CsvSource({
        "ACUMULABLE,    1, 6",
        "ACUMULABLE,    2, 21",
        "NO_ACUMULABLE, 1, 3",
        "NO_ACUMULABLE, 2, 6",
        "ACTUALIZABLE,  1, 3",
        "ACTUALIZABLE,  2, 6",
        "ACTUALIZABLE,  4, 6",
    })
    void valoresMensuales(TipoVariable tipo, int trimestre, String esperado) {
        assertThat(MENSUAL.valorDelPeriodo("V1", tipo, trimestre)).contains(bd(esperado));
    }

    @Test
    void noAcumulableTomaElUltimoMesConValorDentroDelTrimestre() {
        ValoresMensuales v = meses(mes(3, "V1", "99"), mes(4, "V1", "7"), mes(5, "V1", "8"), mes(6, "V2", "1"));
        assertThat(v.valorDelPeriodo("V1", TipoVariable.NO_ACUMULABLE, 2)).contains(bd("8"));
    }

    @Test
    void actualizableTomaElUltimoValorAunqueSeaDeOtroTrimestre() {
        ValoresMensuales v = meses(mes(2, "V1", "100"), mes(6, "V2", "1"));
        assertThat(v.valorDelPeriodo("V1", TipoVariable.ACTUALIZABLE, 3)).contains(bd("100"));
    }

    @Test
    void ignoraMesesPosterioresAlTrimestre() {
        ValoresMensuales v = meses(mes(3, "V1", "1"), mes(4, "V1", "1000"));
        assertThat(v.valorDelPeriodo("V1", TipoVariable.ACUMULABLE, 1)).contains(bd("1"));
        assertThat(v.valorDelPeriodo("V1", TipoVariable.ACTUALIZABLE, 1)).contains(bd("1"));
        assertThat(v.valorDelPeriodo("V1", TipoVariable.NO_ACUMULABLE, 1)).contains(bd("1"));
    }

    @Test
    void ceroEsUnValor() {
        ValoresMensuales v = meses(mes(3, "V1", "5"), mes(6, "V1", "0"));
        assertThat(v.valorDelPeriodo("V1", TipoVariable.ACTUALIZABLE, 2)).contains(BigDecimal.ZERO);
        assertThat(v.valorDelPeriodo("V1", TipoVariable.NO_ACUMULABLE, 2)).contains(BigDecimal.ZERO);
    }

    @ParameterizedTest
    @EnumSource(TipoVariable.class)
    void sinValoresNoHayValorDelPeriodo(TipoVariable tipo) {
        assertThat(ValoresMensuales.vacios().valorDelPeriodo("V1", tipo, 4)).isEmpty();
        assertThat(TRIMESTRAL.valorDelPeriodo("V9", tipo, 4)).isEmpty();
    }

    @Test
    void delMes() {
        ValoresMensuales v = ValoresMensuales.delMes(12, valores("V1", "45649"));
        assertThat(v.porMes()).containsOnlyKeys(12);
        assertThat(v.valorDelPeriodo("V1", TipoVariable.ACTUALIZABLE, 4)).contains(bd("45649"));
        assertThat(v.valorDelPeriodo("V1", TipoVariable.ACTUALIZABLE, 3)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0", "13", "-1"})
    void rechazaMesesInexistentes(int mes) {
        assertThatIllegalArgumentException().isThrownBy(() -> ValoresMensuales.delMes(mes, valores("V1", "1")));
    }

    @Test
    void rechazaTrimestresInexistentes() {
        assertThatIllegalArgumentException().isThrownBy(() -> TRIMESTRAL.valorDelPeriodo("V1", TipoVariable.ACUMULABLE, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> TRIMESTRAL.valorDelPeriodo("V1", TipoVariable.ACUMULABLE, 5));
    }

    @Test
    void rechazaValoresNulos() {
        Map<String, BigDecimal> conNulo = new HashMap<>();
        conNulo.put("V1", null);
        assertThatNullPointerException().isThrownBy(() -> ValoresMensuales.delMes(3, conNulo));
    }

    @Test
    void esUnaCopiaInmutable() {
        TreeMap<Integer, Map<String, BigDecimal>> porMes = new TreeMap<>();
        Map<String, BigDecimal> delMes = new HashMap<>(valores("V1", "1"));
        porMes.put(3, delMes);
        ValoresMensuales v = new ValoresMensuales(porMes);
        porMes.put(6, valores("V1", "2"));
        delMes.put("V1", bd("100"));
        assertThat(v.porMes()).containsOnlyKeys(3);
        assertThat(v.porMes().get(3)).containsEntry("V1", bd("1"));
        assertThatThrownBy(() -> v.porMes().put(9, Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> v.porMes().get(3).put("V2", BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
    }
}
