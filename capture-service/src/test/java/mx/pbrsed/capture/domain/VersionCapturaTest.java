package mx.pbrsed.capture.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of a new captura version and of its review, without a database or a clock. */
class VersionCapturaTest {
    private static final ZoneId CDMX = ZoneId.of("America/Mexico_City");
    /** The default 2023 windows: Q4 is [2024-01-01, 2024-01-15]. */
    private static final CalendarioCaptura CALENDARIO = CalendarioCaptura.porDefecto(2023, 15);
    private static final Indicador FIN = indicador("VIGENTE", 2023, Frecuencia.TRIMESTRAL);
    private static final Map<String, BigDecimal> VALORES = Map.of("V1", new BigDecimal("32822"), "V2", new BigDecimal("35000"));

    @Test
    void unaCapturaEnSuVentanaEsLaVersionSiguienteEnviadaYATiempo() {
        Instant ahora = enCdmx("2024-01-10T12:00");
        VersionCaptura v = VersionCaptura.nueva(trimestral(4, VALORES), FIN, CALENDARIO, 0, "OORE690714H58", ahora, CDMX);

        assertThat(v.version()).isEqualTo(1);
        assertThat(v.correccion()).isFalse();
        assertThat(v.estado()).isEqualTo(EstadoCaptura.ENVIADA);
        assertThat(v.revision()).isZero();
        assertThat(v.indicadorId()).isEqualTo(FIN.id());
        assertThat(v.definicionVersion()).isEqualTo(FIN.version());
        assertThat(v.tardia()).isFalse();
        assertThat(v.diasRetraso()).isZero();
        assertThat(v.capturadoPor()).isEqualTo("OORE690714H58");
        assertThat(v.capturadoEn()).isEqualTo(OffsetDateTime.ofInstant(ahora, ZoneOffset.UTC));
        assertThat(v.valores()).containsExactly(new ValoresMes(12, VALORES));
        assertThat(v.preliminar()).isTrue();
        assertThat(v.analisisLogro()).isEqualTo("Meta alcanzada");
        assertThat(v.validadoPor()).isNull();
        assertThat(v.validadoEn()).isNull();
        assertThat(v.comentario()).isNull();
    }

    @ParameterizedTest(name = "{0} en CDMX: {1} días de retraso")
    @CsvSource({
        "2024-01-01T00:00, 0",
        "2024-01-15T23:59, 0",
        "2024-01-16T00:00, 1",
        "2024-01-27T09:30, 12",
        "2025-01-15T00:00, 366",
    })
    void unaCapturaDespuesDelCierreSeAceptaTardiaConSusDiasDeRetraso(String momento, int dias) {
        VersionCaptura v = VersionCaptura.nueva(trimestral(4, VALORES), FIN, CALENDARIO, 0, "autor", enCdmx(momento), CDMX);

        assertThat(v.diasRetraso()).isEqualTo(dias);
        assertThat(v.tardia()).isEqualTo(dias > 0);
    }

    @Test
    void losDiasDeRetrasoSeCuentanEnLaZonaDeLaVentanaNoEnUtc() {
        // 2024-01-16T03:00Z is still the 15th (21:00) in Mexico City
        Instant ahora = Instant.parse("2024-01-16T03:00:00Z");

        assertThat(VersionCaptura.nueva(trimestral(4, VALORES), FIN, CALENDARIO, 0, "a", ahora, CDMX).tardia()).isFalse();
        assertThat(VersionCaptura.nueva(trimestral(4, VALORES), FIN, CALENDARIO, 0, "a", ahora, ZoneOffset.UTC).diasRetraso())
                .isEqualTo(1);
    }

    @Test
    void unaCapturaAntesDeQueAbraSuVentanaSeRechaza() {
        assertRechazo(() -> VersionCaptura.nueva(trimestral(4, VALORES), FIN, CALENDARIO, 0, "a",
                enCdmx("2023-12-31T23:59"), CDMX), "trimestre", "abre el 2024-01-01");
    }

    @Test
    void laVentanaEsLaDelCalendarioDadoNoLaPorDefecto() {
        var calendario = CalendarioCaptura.definir(2023, List.of(
                new CalendarioCaptura.Propuesta(1, date("2023-04-01"), date("2023-04-15")),
                new CalendarioCaptura.Propuesta(2, date("2023-07-01"), date("2023-07-15")),
                new CalendarioCaptura.Propuesta(3, date("2023-10-01"), date("2023-10-15")),
                new CalendarioCaptura.Propuesta(4, date("2024-01-01"), date("2024-01-31"))));

        assertThat(VersionCaptura.nueva(trimestral(4, VALORES), FIN, calendario, 0, "a", enCdmx("2024-01-27T10:00"), CDMX)
                .tardia()).isFalse();
    }

    @Test
    void unaCorreccionEsLaVersionQueSigueALaUltima() {
        VersionCaptura v = VersionCaptura.nueva(trimestral(4, VALORES), FIN, CALENDARIO, 2, "a", enCdmx("2024-01-10T12:00"), CDMX);

        assertThat(v.version()).isEqualTo(3);
        assertThat(v.correccion()).isTrue();
    }

    @Test
    void unIndicadorQueLaReplicaNoTieneSeRechazaComoNoReplicadoNombrandoElId() {
        var envio = trimestral(4, VALORES);
        assertRechazo(() -> VersionCaptura.nueva(envio, null, CALENDARIO, 0, "a", enCdmx("2024-01-10T12:00"), CDMX),
                "indicadorId", envio.indicadorId() + " aún no está en la réplica");
        assertThatThrownBy(() -> VersionCaptura.nueva(envio, null, CALENDARIO, 0, "a", enCdmx("2024-01-10T12:00"), CDMX))
                .isInstanceOf(IndicadorNoReplicadoException.class);
    }

    @Test
    void unIndicadorNoVigenteSeRechazaAntesQueSusValores() {
        var cancelado = indicador("CANCELADO", 2023, Frecuencia.TRIMESTRAL);
        assertRechazo(() -> VersionCaptura.nueva(trimestral(4, Map.of()), cancelado, CALENDARIO, 0, "a",
                enCdmx("2024-01-10T12:00"), CDMX), "indicadorId", "está CANCELADO");
    }

    @Test
    void unIndicadorDeOtroEjercicioSeRechaza() {
        var de2024 = indicador("VIGENTE", 2024, Frecuencia.TRIMESTRAL);
        assertRechazo(() -> VersionCaptura.nueva(trimestral(4, VALORES), de2024, CALENDARIO, 0, "a",
                enCdmx("2024-01-10T12:00"), CDMX), "ejercicio", "pertenece al ejercicio 2024, no al 2023");
    }

    @Test
    void unIndicadorMensualSeNormalizaALosTresMesesEnOrden() {
        var mensual = indicador("VIGENTE", 2023, Frecuencia.MENSUAL);
        var envio = mensual(List.of(new ValoresMes(12, VALORES), new ValoresMes(10, VALORES), new ValoresMes(11, VALORES)));

        VersionCaptura v = VersionCaptura.nueva(envio, mensual, CALENDARIO, 0, "a", enCdmx("2024-01-10T12:00"), CDMX);

        assertThat(v.valores()).extracting(ValoresMes::mes).containsExactly(10, 11, 12);
    }

    @Test
    void unMesRepetidoSeRechaza() {
        var mensual = indicador("VIGENTE", 2023, Frecuencia.MENSUAL);
        var envio = mensual(List.of(new ValoresMes(10, VALORES), new ValoresMes(10, VALORES), new ValoresMes(12, VALORES)));

        assertRechazo(() -> VersionCaptura.nueva(envio, mensual, CALENDARIO, 0, "a", enCdmx("2024-01-10T12:00"), CDMX),
                "valoresMensuales", "El mes 10 está repetido");
    }

    @Test
    void unIndicadorTrimestralNoSeCapturaPorMes() {
        assertRechazo(() -> VersionCaptura.nueva(mensual(List.of(new ValoresMes(12, VALORES))), FIN, CALENDARIO, 0, "a",
                enCdmx("2024-01-10T12:00"), CDMX), "valores", "no valoresMensuales");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "falta V2          | V1=1             | valores       | Faltan las variables [V2]",
        "sobra V3          | V1=1,V2=2,V3=3   | valores       | no tiene las variables [V3]",
        "negativo          | V1=-1,V2=2       | valores[V1]   | no admite valores negativos",
        "siete decimales   | V1=0.1234567,V2=2 | valores[V1]  | hasta 6 decimales",
        "dieciséis enteros | V1=1234567890123456,V2=2 | valores[V1] | hasta 15 dígitos enteros",
    })
    void losValoresIncompletosOFueraDeRangoSeRechazanNombrandoLaVariable(String caso, String valores, String campo,
                                                                          String mensaje) {
        assertRechazo(() -> VersionCaptura.nueva(trimestral(4, valores(valores)), FIN, CALENDARIO, 0, "a",
                enCdmx("2024-01-10T12:00"), CDMX), campo, mensaje);
    }

    @Test
    void losCerosFinalesNoCuentanComoDecimales() {
        var v = VersionCaptura.nueva(trimestral(4, valores("V1=0.123456000,V2=0")), FIN, CALENDARIO, 0, "a",
                enCdmx("2024-01-10T12:00"), CDMX);

        assertThat(v.valores().get(0).valores()).containsEntry("V1", new BigDecimal("0.123456000"));
    }

    @ParameterizedTest(name = "{0} en el trimestre {1}: {2}")
    @CsvSource({
        "ANUAL, 4, true", "ANUAL, 2, false", "SEMESTRAL, 2, true", "SEMESTRAL, 3, false", "TRIMESTRAL, 1, true",
        "CUATRIMESTRAL, 1, false", "SEXENAL, 4, true", "SEXENAL, 3, false",
    })
    void soloSeCapturaEnLosTrimestresQueSuFrecuenciaMide(Frecuencia frecuencia, int trimestre, boolean mide) {
        var indicador = indicador("VIGENTE", 2023, frecuencia);
        Instant enSuVentana = CALENDARIO.ventana(trimestre).abre().atTime(12, 0).atZone(CDMX).toInstant();
        if (mide) {
            assertThat(VersionCaptura.nueva(trimestral(trimestre, VALORES), indicador, CALENDARIO, 0, "a", enSuVentana, CDMX)
                    .valores()).containsExactly(new ValoresMes(trimestre * 3, VALORES));
        } else {
            assertRechazo(() -> VersionCaptura.nueva(trimestral(trimestre, VALORES), indicador, CALENDARIO, 0, "a",
                    enSuVentana, CDMX), "trimestre", "no tiene medición en el trimestre " + trimestre);
        }
    }

    @Test
    void unaRevisionCambiaElEstadoYLaRevisionNoLaVersion() {
        var enviada = VersionCaptura.nueva(trimestral(4, VALORES), FIN, CALENDARIO, 0, "a", enCdmx("2024-01-10T12:00"), CDMX);
        Instant ahora = enCdmx("2024-01-20T09:00");

        var devuelta = enviada.revisada(EstadoCaptura.DEVUELTA, "Falta la evidencia", "VALI800101AB1", ahora);

        assertThat(devuelta.estado()).isEqualTo(EstadoCaptura.DEVUELTA);
        assertThat(devuelta.revision()).isEqualTo(1);
        assertThat(devuelta.version()).isEqualTo(enviada.version());
        assertThat(devuelta.id()).isEqualTo(enviada.id());
        assertThat(devuelta.validadoPor()).isEqualTo("VALI800101AB1");
        assertThat(devuelta.validadoEn()).isEqualTo(OffsetDateTime.ofInstant(ahora, ZoneOffset.UTC));
        assertThat(devuelta.comentario()).isEqualTo("Falta la evidencia");
        assertThatThrownBy(() -> devuelta.revisada(EstadoCaptura.VALIDADA, null, "v", ahora))
                .isInstanceOf(TransicionNoPermitidaException.class);
    }

    @Test
    void unaDevolucionSinComentarioSeRechaza() {
        var enviada = VersionCaptura.nueva(trimestral(4, VALORES), FIN, CALENDARIO, 0, "a", enCdmx("2024-01-10T12:00"), CDMX);

        assertRechazo(() -> enviada.revisada(EstadoCaptura.DEVUELTA, " ", "v", Instant.now()), "comentario", "comentario");
    }

    private static void assertRechazo(Runnable accion, String campo, String mensaje) {
        assertThatThrownBy(accion::run).isInstanceOfSatisfying(CapturaRechazadaException.class, e -> {
            assertThat(e.campo()).isEqualTo(campo);
            assertThat(e.getMessage()).contains(mensaje);
        });
    }

    private static Indicador indicador(String estado, int ejercicio, Frecuencia frecuencia) {
        return new Indicador(UUID.randomUUID(), 3, estado, ejercicio, "E011", "118", "Índice de impacto", frecuencia,
                null, List.of("V1", "V2"));
    }

    @ParameterizedTest(name = "BIENAL con línea base {0}, ejercicio 2023: {1}")
    @CsvSource({"2021, true", "2022, false", "2019, true"})
    void unBienalSoloSeCapturaEnLosEjerciciosQueMide(int anioLineaBase, boolean mide) {
        var bienal = new Indicador(UUID.randomUUID(), 1, "VIGENTE", 2023, "E011", "118", "Pobreza", Frecuencia.BIENAL,
                anioLineaBase, List.of("V1", "V2"));
        Instant enSuVentana = CALENDARIO.ventana(4).abre().atTime(12, 0).atZone(CDMX).toInstant();
        var envio = new NuevaCaptura(bienal.id(), 2023, 4, VALORES, null, "Meta alcanzada", null, true);
        if (mide) {
            assertThat(VersionCaptura.nueva(envio, bienal, CALENDARIO, 0, "a", enSuVentana, CDMX).valores())
                    .containsExactly(new ValoresMes(12, VALORES));
        } else {
            assertRechazo(() -> VersionCaptura.nueva(envio, bienal, CALENDARIO, 0, "a", enSuVentana, CDMX),
                    "ejercicio", "no tiene medición en el ejercicio 2023");
        }
    }

    private static NuevaCaptura trimestral(int trimestre, Map<String, BigDecimal> valores) {
        return new NuevaCaptura(FIN.id(), 2023, trimestre, valores, null, "Meta alcanzada", null, true);
    }

    private static NuevaCaptura mensual(List<ValoresMes> meses) {
        return new NuevaCaptura(FIN.id(), 2023, 4, null, meses, null, null, false);
    }

    private static Map<String, BigDecimal> valores(String texto) {
        var valores = new HashMap<String, BigDecimal>();
        for (String par : texto.split(",")) {
            String[] partes = par.split("=");
            valores.put(partes[0], new BigDecimal(partes[1]));
        }
        return valores;
    }

    private static LocalDate date(String dia) {
        return LocalDate.parse(dia);
    }

    private static Instant enCdmx(String momento) {
        return LocalDateTime.parse(momento).atZone(CDMX).toInstant();
    }
}
