package mx.pbrsed.capture.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValoresCapturaTest {
    private static final Set<String> V1_V2 = Set.of("V1", "V2");
    private static final Map<String, BigDecimal> NUEVE_NUEVE = Map.of("V1", new BigDecimal("9"), "V2", new BigDecimal("9"));

    @ParameterizedTest(name = "{0} Q{1} -> mes {2}")
    @CsvSource({
        "TRIMESTRAL, 1, 3", "TRIMESTRAL, 2, 6", "TRIMESTRAL, 3, 9", "TRIMESTRAL, 4, 12",
        "SEMESTRAL,  2, 6", "SEMESTRAL,  4, 12",
        "ANUAL,      4, 12",
        "CUATRIMESTRAL, 2, 4", "CUATRIMESTRAL, 3, 8", "CUATRIMESTRAL, 4, 12",
        "BIENAL, 4, 12", "TRIENAL, 4, 12", "QUINQUENAL, 4, 12", "SEXENAL, 4, 12",
    })
    void unValorDelTrimestrePerteneceASuMesDeMedicion(Frecuencia frecuencia, int trimestre, int mes) {
        SortedMap<Integer, Map<String, BigDecimal>> porMes =
                ValoresCaptura.normalizar(frecuencia, trimestre, V1_V2, NUEVE_NUEVE, null);

        assertThat(porMes).containsOnlyKeys(mes);
        assertThat(porMes.get(mes)).containsOnly(entry("V1", new BigDecimal("9")), entry("V2", new BigDecimal("9")));
    }

    @Test
    void unIndicadorMensualDaLosTresMesesDelTrimestre() {
        SortedMap<Integer, Map<String, BigDecimal>> mensuales = new TreeMap<>(Map.of(
                8, Map.of("V1", new BigDecimal("20.50"), "V2", new BigDecimal("40")),
                7, Map.of("V1", new BigDecimal("10"), "V2", new BigDecimal("40")),
                9, Map.of("V1", new BigDecimal("30"), "V2", new BigDecimal("41"))));

        SortedMap<Integer, Map<String, BigDecimal>> porMes =
                ValoresCaptura.normalizar(Frecuencia.MENSUAL, 3, V1_V2, null, mensuales);

        assertThat(porMes.keySet()).containsExactly(7, 8, 9);
        assertThat(porMes.get(8)).containsOnly(entry("V1", new BigDecimal("20.50")), entry("V2", new BigDecimal("40")));
        assertThat(porMes.get(9).get("V2")).isEqualByComparingTo("41");
    }

    @Test
    void elResultadoEsUnaCopiaInmutable() {
        Map<String, BigDecimal> valores = new HashMap<>(NUEVE_NUEVE);
        SortedMap<Integer, Map<String, BigDecimal>> porMes =
                ValoresCaptura.normalizar(Frecuencia.ANUAL, 4, V1_V2, valores, null);

        valores.put("V1", BigDecimal.ONE);

        assertThat(porMes.get(12).get("V1")).isEqualByComparingTo("9");
        assertThatThrownBy(() -> porMes.put(11, Map.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> porMes.get(12).put("V3", BigDecimal.ONE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rechazaUnaVariableFaltanteNombrandoLa() {
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.ANUAL, 4, V1_V2, Map.of("V1", BigDecimal.TEN), null),
                "valores").hasMessageContaining("Faltan").hasMessageContaining("V2");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.TRIMESTRAL, 1, V1_V2, Map.of(), null),
                "valores").hasMessageContaining("[V1, V2]");
    }

    @Test
    void rechazaUnaVariableQueElIndicadorNoTiene() {
        Map<String, BigDecimal> conV3 = Map.of("V1", BigDecimal.ONE, "V2", BigDecimal.ONE, "V3", BigDecimal.ONE);

        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.ANUAL, 4, V1_V2, conV3, null), "valores")
                .hasMessageContaining("no tiene").hasMessageContaining("V3").hasMessageNotContaining("V1");
    }

    @Test
    void rechazaUnMesMensualIncompletoNombrandoElMes() {
        SortedMap<Integer, Map<String, BigDecimal>> mensuales = new TreeMap<>(Map.of(
                1, NUEVE_NUEVE, 2, Map.of("V1", BigDecimal.ONE), 3, NUEVE_NUEVE));

        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.MENSUAL, 1, V1_V2, null, mensuales), "valoresMensuales[2]")
                .hasMessageContaining("V2");
    }

    @Test
    void unIndicadorMensualNecesitaExactamenteLosTresMesesDelTrimestre() {
        var dosMeses = new TreeMap<>(Map.of(4, NUEVE_NUEVE, 5, NUEVE_NUEVE));
        var otroTrimestre = new TreeMap<>(Map.of(1, NUEVE_NUEVE, 2, NUEVE_NUEVE, 3, NUEVE_NUEVE));
        var cuatroMeses = new TreeMap<>(Map.of(3, NUEVE_NUEVE, 4, NUEVE_NUEVE, 5, NUEVE_NUEVE, 6, NUEVE_NUEVE));

        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.MENSUAL, 2, V1_V2, null, dosMeses), "valoresMensuales")
                .hasMessageContaining("[4, 5, 6]");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.MENSUAL, 2, V1_V2, null, otroTrimestre), "valoresMensuales")
                .hasMessageContaining("[4, 5, 6]").hasMessageContaining("[1, 2, 3]");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.MENSUAL, 2, V1_V2, null, cuatroMeses), "valoresMensuales");
    }

    @Test
    void unIndicadorMensualNoSeCapturaConValoresDelTrimestre() {
        var tresMeses = new TreeMap<>(Map.of(1, NUEVE_NUEVE, 2, NUEVE_NUEVE, 3, NUEVE_NUEVE));

        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.MENSUAL, 1, V1_V2, NUEVE_NUEVE, null), "valoresMensuales");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.MENSUAL, 1, V1_V2, NUEVE_NUEVE, tresMeses), "valoresMensuales");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.MENSUAL, 1, V1_V2, null, null), "valoresMensuales");
    }

    @Test
    void unIndicadorNoMensualNoSeCapturaPorMes() {
        var tresMeses = new TreeMap<>(Map.of(10, NUEVE_NUEVE, 11, NUEVE_NUEVE, 12, NUEVE_NUEVE));

        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.ANUAL, 4, V1_V2, null, tresMeses), "valores")
                .hasMessageContaining("ANUAL");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.TRIMESTRAL, 4, V1_V2, NUEVE_NUEVE, tresMeses), "valores");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.SEMESTRAL, 4, V1_V2, null, null), "valores");
    }

    @Test
    void unIndicadorBimestralDaLosMesesDeMedicionDelTrimestre() {
        var abrilYJunio = new TreeMap<>(Map.of(4, NUEVE_NUEVE, 6, NUEVE_NUEVE));
        var soloFebrero = new TreeMap<>(Map.of(2, NUEVE_NUEVE));

        assertThat(ValoresCaptura.normalizar(Frecuencia.BIMESTRAL, 2, V1_V2, null, abrilYJunio)).containsOnlyKeys(4, 6);
        assertThat(ValoresCaptura.normalizar(Frecuencia.BIMESTRAL, 1, V1_V2, null, soloFebrero)).containsOnlyKeys(2);
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.BIMESTRAL, 2, V1_V2, NUEVE_NUEVE, null), "valoresMensuales");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.BIMESTRAL, 2, V1_V2, null,
                new TreeMap<>(Map.of(4, NUEVE_NUEVE, 5, NUEVE_NUEVE, 6, NUEVE_NUEVE))), "valoresMensuales")
                .hasMessageContaining("[4, 6]");
    }

    @ParameterizedTest(name = "{0} Q{1}")
    @CsvSource({"SEMESTRAL, 1", "SEMESTRAL, 3", "ANUAL, 1", "ANUAL, 2", "ANUAL, 3", "CUATRIMESTRAL, 1",
        "BIENAL, 1", "SEXENAL, 3"})
    void rechazaUnTrimestreSinMedicionAunqueLosValoresSeanCorrectos(Frecuencia frecuencia, int trimestre) {
        rechazo(() -> ValoresCaptura.normalizar(frecuencia, trimestre, V1_V2, NUEVE_NUEVE, null), "trimestre")
                .hasMessageContaining(frecuencia.name()).hasMessageContaining("trimestre " + trimestre);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"-1", "-0.000001", "0.0000001", "1e999", "1000000000000000", "1e-999"})
    void rechazaNegativosMasDeSeisDecimalesYMagnitudesAbsurdas(String valor) {
        var valores = Map.of("V1", new BigDecimal(valor), "V2", BigDecimal.ONE);
        var mensuales = new TreeMap<>(Map.of(10, NUEVE_NUEVE, 11, valores, 12, NUEVE_NUEVE));

        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.ANUAL, 4, V1_V2, valores, null), "valores[V1]");
        rechazo(() -> ValoresCaptura.normalizar(Frecuencia.MENSUAL, 4, V1_V2, null, mensuales), "valoresMensuales[11].valores[V1]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0", "0.000001", "999999999999999.999999", "9.5000000", "1E+3"})
    void aceptaCeroSeisDecimalesYQuinceDigitosEnteros(String valor) {
        var valores = Map.of("V1", new BigDecimal(valor), "V2", BigDecimal.ONE);

        assertThat(ValoresCaptura.normalizar(Frecuencia.ANUAL, 4, V1_V2, valores, null).get(12).get("V1"))
                .isEqualTo(new BigDecimal(valor));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rechazo(Runnable captura, String campo) {
        return assertThatThrownBy(captura::run)
                .isInstanceOfSatisfying(CapturaRechazadaException.class, e -> assertThat(e.campo()).isEqualTo(campo));
    }
}
