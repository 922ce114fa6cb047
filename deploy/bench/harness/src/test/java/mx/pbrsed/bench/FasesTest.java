package mx.pbrsed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import mx.pbrsed.bench.CargaAbierta.Paso;
import org.junit.jupiter.api.Test;

/** The pure parts of the phases: verdicts, summaries and the shapes of what they send. */
class FasesTest {

    @Test
    void aStepIsSustainedWithNoErrorsAndNinetyPercentOfItsTarget() {
        assertThat(new Paso(100, 90, 900, 0, Map.of(), 10, 50, "").sostenido()).isTrue();
        assertThat(new Paso(100, 89.9, 899, 0, Map.of(), 10, 50, "").sostenido()).isFalse();
        assertThat(new Paso(100, 99, 989, 1, Map.of("503", 1L), 10, 50, "").sostenido()).isFalse();
    }

    @Test
    void aStepSummaryNamesItsRatesErrorsAndLatencies() {
        assertThat(new Paso(50, 27.83, 316, 184, Map.of("503 servicio-saturado", 184L), 2835, 7273, "").resumen())
                .isEqualTo("50/s->27.8/s ok=316 err=184 {503 servicio-saturado=184} p50=2835ms p99=7273ms");
        assertThat(new Paso(25, 25, 250, 0, Map.of(), 100, 378, "").conCpu("capture=1.50 total=1.50").resumen())
                .isEqualTo("25/s->25.0/s ok=250 err=0 p50=100ms p99=378ms cpu ms/captura: capture=1.50 total=1.50");
    }

    @Test
    void cpuPerUnitIsTheDifferenceOfTwoReadingsByProcessAndInTotal() {
        assertThat(CpuDeProcesos.porUnidad(Map.of("capture", 1000.0), Map.of("capture", 1600.0), 400))
                .isEqualTo("capture=1.50 total=1.50");
        assertThat(CpuDeProcesos.porUnidad(Map.of(), Map.of(), 400)).isEmpty();
    }

    @Test
    void cpuOfThisProcessGrowsAsItWorks() {
        long pid = ProcessHandle.current().pid();
        CpuDeProcesos cpu = CpuDeProcesos.de("yo=" + pid + ",postgres=" + pid);
        var antes = cpu.ahora();
        long fin = System.nanoTime() + 300_000_000L;
        double x = 0;
        while (System.nanoTime() < fin) {
            x += Math.sqrt(x + 1);
        }
        var despues = cpu.ahora();
        assertThat(x).isPositive();
        assertThat(despues.get("yo")).isGreaterThan(antes.get("yo"));
        // as a server, this JVM counts its children's time too: never less than its own
        assertThat(despues.get("postgres")).isGreaterThanOrEqualTo(despues.get("yo"));
    }

    @Test
    void theCatalogSharesAFewUrsAmongThePrograms() {
        assertThat(Catalogo.unidades(10)).isEqualTo(1);
        assertThat(Catalogo.unidades(300)).isEqualTo(5);
        assertThat(Catalogo.ur(7, 300)).isEqualTo("S002");
        assertThat(Catalogo.ramo(7, 300)).isEqualTo(2);
    }

    @Test
    void theMixCountsFrequenciesAndFamiliesInAlphabeticalOrder() {
        List<Indicador> indicadores = List.of(
                new Indicador(UUID.randomUUID(), "S001", Frecuencia.TRIMESTRAL, 2, Familia.RAZON),
                new Indicador(UUID.randomUUID(), "S001", Frecuencia.ANUAL, 1, Familia.DATO_ABSOLUTO),
                new Indicador(UUID.randomUUID(), "S001", Frecuencia.TRIMESTRAL, 2, Familia.PORCENTAJE));

        assertThat(Catalogo.mezcla(indicadores)).isEqualTo("{ANUAL=1, TRIMESTRAL=2} {DATO_ABSOLUTO=1, PORCENTAJE=1, RAZON=1}");
    }

    @Test
    void theCsvLoteHasAHeaderAndOneRowOfEightColumnsPerPeriod() {
        Indicador ind = new Indicador(UUID.fromString("7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f"), "S001", Frecuencia.TRIMESTRAL, 2,
                Familia.PORCENTAJE);
        String csv = Lote.csv(List.of(new Lote.Periodo(ind, 1), new Lote.Periodo(ind, 2)), new Random(4));

        List<String> lineas = csv.lines().toList();
        assertThat(lineas).hasSize(3);
        assertThat(lineas.get(0)).isEqualTo("indicadorId,ejercicio,trimestre,V1,V2,analisisLogro,justificacionVariacion,preliminar");
        assertThat(lineas.get(1)).startsWith("7c1e2d3f-4a5b-4c6d-9e8f-0a1b2c3d4e5f,2025,1,")
                .endsWith(",\"" + Sintetico.ANALISIS + "\",\"" + Sintetico.JUSTIFICACION + "\",false")
                .matches("[^,]+,2025,1,\\d+\\.\\d{2},\\d+,\".*");
    }
}
