package mx.pbrsed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import mx.pbrsed.bench.Cuerpos.CapturaRequest;
import mx.pbrsed.bench.Cuerpos.ResultadoPeriodo;
import mx.pbrsed.bench.Cuerpos.ResultadosIndicador;
import mx.pbrsed.bench.Cuerpos.ValoresMes;
import org.junit.jupiter.api.Test;

/** The synthetic data: the same on every run, in the shapes the services take. */
class SinteticoTest {
    private static final Indicador MENSUAL = new Indicador(UUID.fromString("5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b"), "S001",
            Frecuencia.MENSUAL, 2, Familia.PORCENTAJE);

    @Test
    void anIndicatorSurvivesItsLineInTheIndicatorsFile() {
        assertThat(MENSUAL.linea()).isEqualTo("5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b S001 MENSUAL 2 PORCENTAJE");
        assertThat(Indicador.deLinea(MENSUAL.linea() + "  ")).isEqualTo(MENSUAL);
    }

    @Test
    void aMonthlyIndicatorCapturesTheQuartersThreeMonthsAndTheOthersOneValueEach() {
        CapturaRequest mensual = MENSUAL.captura(2, new Random(1));
        assertThat(mensual.valores()).isNull();
        assertThat(mensual.valoresMensuales()).extracting(ValoresMes::mes).containsExactly(4, 5, 6);

        Indicador anual = new Indicador(MENSUAL.id(), "S001", Frecuencia.ANUAL, 1, Familia.DATO_ABSOLUTO);
        CapturaRequest unaVez = anual.captura(4, new Random(1));
        assertThat(unaVez.valoresMensuales()).isNull();
        assertThat(unaVez.valores()).containsOnlyKeys("V1");
        assertThat(Json.escribir(unaVez)).doesNotContain("valoresMensuales").contains("\"preliminar\":false");
    }

    @Test
    void valuesHaveTwoDecimalsForV1AndAPositiveV2() {
        Map<String, BigDecimal> valores = Sintetico.valores(2, new Random(5));

        assertThat(valores.get("V1").scale()).isEqualTo(2);
        assertThat(valores.get("V2")).isGreaterThanOrEqualTo(BigDecimal.valueOf(100_000));
    }

    @Test
    void theDefinitionsAreTheSameOnEveryRun() {
        assertThat(Definicion.de(42, false)).isEqualTo(Definicion.de(42, false));
        assertThat(Definicion.de(7, true).frecuencia()).isEqualTo(Frecuencia.TRIMESTRAL);
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).stream().map(k -> Definicion.de(k, false)))
                .allSatisfy(d -> assertThat(d.tiposVariable()).hasSize(d.familia().variables()));
    }

    @Test
    void metasCoverEveryMonthOfMeasurementWithV2FixedPerMonth() {
        Definicion d = new Definicion(1, Frecuencia.SEMESTRAL, Familia.TASA_VARIACION, "ASCENDENTE", List.of("ACUMULABLE", "ACUMULABLE"));

        assertThat(d.metas()).containsExactly(
                new ValoresMes(6, Map.of("V1", BigDecimal.valueOf(6600), "V2", BigDecimal.valueOf(6000))),
                new ValoresMes(12, Map.of("V1", BigDecimal.valueOf(13200), "V2", BigDecimal.valueOf(12000))));
    }

    @Test
    void theResultOfAQuarterGivesTheCapturaVersionItWasComputedFrom() {
        String cuerpo = """
                {"indicadorId": "5b0f9a3c-1d2e-4f60-8a7b-9c0d1e2f3a4b", "nombre": "X", "resultados": [
                  {"ejercicio": 2025, "trimestre": 1, "estado": "SIN_CAPTURA", "capturaVersion": null},
                  {"ejercicio": 2025, "trimestre": 2, "estado": "CALCULADO", "capturaVersion": 3, "semaforo": "VERDE"}]}""";
        ResultadosIndicador resultados = Json.leer(cuerpo, ResultadosIndicador.class);

        assertThat(resultados.capturaVersion(2)).isEqualTo(3);
        assertThat(resultados.capturaVersion(1)).isEqualTo(-1);
        assertThat(resultados.capturaVersion(4)).isEqualTo(-1);
        assertThat(new ResultadosIndicador(List.of(new ResultadoPeriodo(4, 1))).capturaVersion(4)).isEqualTo(1);
    }
}
