package mx.pbrsed.capture.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import mx.pbrsed.capture.domain.CalendarioCaptura.Propuesta;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarioCapturaTest {
    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");

    private static List<Propuesta> ventanas2024() {
        return new ArrayList<>(List.of(
                new Propuesta(1, LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-10")),
                new Propuesta(2, LocalDate.parse("2024-07-02"), LocalDate.parse("2024-07-31")),
                new Propuesta(3, LocalDate.parse("2024-10-01"), LocalDate.parse("2024-10-01")),
                new Propuesta(4, LocalDate.parse("2025-01-06"), LocalDate.parse("2025-02-14"))));
    }

    @Test
    void elCalendarioPorDefectoTieneLaVentanaDeSpecEnCadaTrimestre() {
        var calendario = CalendarioCaptura.porDefecto(2023, 15);

        assertThat(calendario.ventanas()).containsOnlyKeys(1, 2, 3, 4);
        for (int t = 1; t <= 4; t++) {
            assertThat(calendario.ventana(t)).isEqualTo(VentanaCaptura.porDefecto(2023, t, 15));
        }
        assertThat(calendario.ventana(4).cierra()).isEqualTo(LocalDate.parse("2024-01-15"));
    }

    @Test
    void unCalendarioDefinidoGuardaSusVentanasEnCualquierOrden() {
        var propuestas = ventanas2024();
        Collections.reverse(propuestas);

        var calendario = CalendarioCaptura.definir(2024, propuestas);

        assertThat(calendario.ventanas().keySet()).containsExactly(1, 2, 3, 4);
        assertThat(calendario.ventana(3)).isEqualTo(new VentanaCaptura(LocalDate.parse("2024-10-01"), LocalDate.parse("2024-10-01")));
        assertThat(calendario.ventana(4).cierra()).isEqualTo(LocalDate.parse("2025-02-14"));
    }

    @ParameterizedTest(name = "{0}: abierta={1} diasRetraso={2}")
    @CsvSource({
        // Q1 2024 window [2024-04-01, 2024-04-10]; Mexico City is UTC-6 all year since 2022
        "2024-04-01T05:59:59Z, false, 0",
        "2024-04-01T06:00:00Z, true,  0",
        "2024-04-11T05:59:59Z, true,  0",
        "2024-04-11T06:00:00Z, false, 1",
        "2024-04-12T05:59:59Z, false, 1",
        "2024-04-12T06:00:00Z, false, 2",
    })
    void unaVentanaDefinidaCierraAlTerminarSuDiaDeCierreAlSegundo(Instant momento, boolean abierta, int diasRetraso) {
        VentanaCaptura q1 = CalendarioCaptura.definir(2024, ventanas2024()).ventana(1);

        assertThat(q1.abierta(momento, CDMX)).isEqualTo(abierta);
        assertThat(q1.diasRetraso(momento, CDMX)).isEqualTo(diasRetraso);
        assertThat(q1.cierreInstante(CDMX)).isEqualTo(Instant.parse("2024-04-11T06:00:00Z"));
    }

    @Test
    void conHorarioDeVeranoLaMedianocheDeLaCiudadDeMexicoEraALasCincoUtc() {
        // in April 2022 Mexico City still kept summer time (UTC-5); it was abolished that October
        VentanaCaptura q1 = CalendarioCaptura.porDefecto(2022, 15).ventana(1);

        assertThat(q1.cierreInstante(CDMX)).isEqualTo(Instant.parse("2022-04-16T05:00:00Z"));
        assertThat(q1.diasRetraso(Instant.parse("2022-04-16T04:59:59Z"), CDMX)).isZero();
        assertThat(q1.diasRetraso(Instant.parse("2022-04-16T05:00:00Z"), CDMX)).isEqualTo(1);
    }

    @Test
    void rechazaUnaVentanaQueAbreAntesDeQueTermineElTrimestre() {
        var propuestas = ventanas2024();
        propuestas.set(1, new Propuesta(2, LocalDate.parse("2024-06-30"), LocalDate.parse("2024-07-15")));

        rechazos(propuestas).containsExactly(new Rechazo("ventanas[1].abre",
                "La ventana del trimestre 2 abre después de que el trimestre termina (2024-06-30), no el 2024-06-30"));
    }

    @Test
    void rechazaCadaCampoInvalidoALaVez() {
        var propuestas = ventanas2024();
        propuestas.set(0, new Propuesta(1, LocalDate.parse("2024-04-10"), LocalDate.parse("2024-04-09")));
        propuestas.set(3, new Propuesta(4, LocalDate.parse("2025-01-01"), LocalDate.parse("2026-01-01")));

        rechazos(propuestas).extracting(Rechazo::campo).containsExactly("ventanas[0].cierra", "ventanas[3].cierra");
    }

    @Test
    void unaVentanaCierraAMasTardarUnAnoDespuesDelTrimestre() {
        var propuestas = ventanas2024();
        propuestas.set(3, new Propuesta(4, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")));

        assertThat(CalendarioCaptura.definir(2024, propuestas).ventana(4).cierra()).isEqualTo(LocalDate.parse("2025-12-31"));
    }

    @Test
    void exigeUnaVentanaPorTrimestre() {
        var repetido = ventanas2024();
        repetido.set(3, new Propuesta(3, LocalDate.parse("2024-10-02"), LocalDate.parse("2024-10-03")));
        var fueraDeRango = ventanas2024();
        fueraDeRango.set(3, new Propuesta(5, LocalDate.parse("2025-01-02"), LocalDate.parse("2025-01-03")));

        rechazos(repetido).extracting(Rechazo::campo).containsExactly("ventanas[3].trimestre");
        rechazos(fueraDeRango).extracting(Rechazo::campo).containsExactly("ventanas[3].trimestre");
        rechazos(ventanas2024().subList(0, 3)).extracting(Rechazo::campo).containsExactly("ventanas");
    }

    private static ListAssert<Rechazo> rechazos(List<Propuesta> propuestas) {
        var rechazo = new AtomicReference<CalendarioRechazadoException>();
        assertThatThrownBy(() -> CalendarioCaptura.definir(2024, propuestas))
                .isInstanceOfSatisfying(CalendarioRechazadoException.class, rechazo::set);
        return assertThat(rechazo.get().rechazos());
    }
}
