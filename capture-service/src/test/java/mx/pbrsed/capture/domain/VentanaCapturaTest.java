package mx.pbrsed.capture.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VentanaCapturaTest {
    // Mexico City has kept UTC-6 all year since 2022: its midnight is 06:00Z.
    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    private static final VentanaCaptura Q4_2023 = VentanaCaptura.porDefecto(2023, 4, 15);

    @ParameterizedTest(name = "{0} Q{1}: {2} a {3}")
    @CsvSource({
        "2023, 1, 2023-04-01, 2023-04-15",
        "2023, 2, 2023-07-01, 2023-07-15",
        "2023, 3, 2023-10-01, 2023-10-15",
        "2023, 4, 2024-01-01, 2024-01-15",
        "2024, 1, 2024-04-01, 2024-04-15",
    })
    void laVentanaPorDefectoAbreElDiaSiguienteAlTrimestreYDuraQuinceDias(
            int ejercicio, int trimestre, LocalDate abre, LocalDate cierra) {
        assertThat(VentanaCaptura.porDefecto(ejercicio, trimestre, 15)).isEqualTo(new VentanaCaptura(abre, cierra));
    }

    @Test
    void losDiasDeLaVentanaSonConfigurables() {
        assertThat(VentanaCaptura.porDefecto(2023, 4, 1)).isEqualTo(
                new VentanaCaptura(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)));
        assertThat(VentanaCaptura.porDefecto(2023, 2, 31).cierra()).isEqualTo(LocalDate.of(2023, 7, 31));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1})
    void rechazaTrimestresInexistentes(int trimestre) {
        assertThatIllegalArgumentException().isThrownBy(() -> VentanaCaptura.porDefecto(2023, trimestre, 15))
                .withMessageContaining(String.valueOf(trimestre));
    }

    @Test
    void rechazaUnaVentanaQueCierraAntesDeAbrir() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new VentanaCaptura(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 14)))
                .withMessageContaining("2024-01-14").withMessageContaining("2024-01-15");
        assertThatNullPointerException().isThrownBy(() -> new VentanaCaptura(null, LocalDate.of(2024, 1, 15)));
        assertThatNullPointerException().isThrownBy(() -> new VentanaCaptura(LocalDate.of(2024, 1, 1), null));
    }

    @ParameterizedTest(name = "{0}: abierta={1} porAbrir={2} diasRetraso={3}")
    @CsvSource({
        // 2023-12-31 23:59 in Mexico City: still the quarter itself
        "2024-01-01T05:59:59Z, false, true,  0",
        // 2024-01-01 00:00 in Mexico City: the window opens
        "2024-01-01T06:00:00Z, true,  false, 0",
        // 2024-01-01 03:00 UTC is still Dec 31 in Mexico City
        "2024-01-01T03:00:00Z, false, true,  0",
        "2024-01-08T18:00:00Z, true,  false, 0",
        // 2024-01-15 23:59:59 in Mexico City: last second of the window
        "2024-01-16T05:59:59Z, true,  false, 0",
        // 2024-01-16 00:00 in Mexico City: one day late
        "2024-01-16T06:00:00Z, false, false, 1",
        "2024-01-17T05:59:59Z, false, false, 1",
        "2024-01-17T06:00:00Z, false, false, 2",
        // 2024 is a leap year: Jan 15 to Mar 1 is 16 + 29 days
        "2024-03-01T12:00:00Z, false, false, 46",
        "2025-01-15T12:00:00Z, false, false, 366",
    })
    void abiertaPorAbrirYRetrasoSeCuentanEnDiasDeLaCiudadDeMexico(
            Instant momento, boolean abierta, boolean porAbrir, int diasRetraso) {
        assertThat(Q4_2023.abierta(momento, CDMX)).as("abierta").isEqualTo(abierta);
        assertThat(Q4_2023.porAbrir(momento, CDMX)).as("porAbrir").isEqualTo(porAbrir);
        assertThat(Q4_2023.diasRetraso(momento, CDMX)).as("diasRetraso").isEqualTo(diasRetraso);
    }

    @Test
    void laZonaDecideElDia() {
        Instant medianocheUtc = Instant.parse("2024-01-16T05:59:00Z");

        assertThat(Q4_2023.diasRetraso(medianocheUtc, CDMX)).isZero();
        assertThat(Q4_2023.abierta(medianocheUtc, CDMX)).isTrue();
        assertThat(Q4_2023.diasRetraso(medianocheUtc, ZoneOffset.UTC)).isEqualTo(1);
        assertThat(Q4_2023.abierta(medianocheUtc, ZoneOffset.UTC)).isFalse();
    }

    @Test
    void cierraAlTerminarSuUltimoDiaEnLaZona() {
        assertThat(Q4_2023.cierreInstante(CDMX)).isEqualTo(Instant.parse("2024-01-16T06:00:00Z"));
        assertThat(Q4_2023.cierreInstante(ZoneOffset.UTC)).isEqualTo(Instant.parse("2024-01-16T00:00:00Z"));
        Instant cierre = Q4_2023.cierreInstante(CDMX);
        assertThat(Q4_2023.abierta(cierre.minusNanos(1), CDMX)).isTrue();
        assertThat(Q4_2023.abierta(cierre, CDMX)).isFalse();
        assertThat(Q4_2023.diasRetraso(cierre, CDMX)).isEqualTo(1);
    }
}
