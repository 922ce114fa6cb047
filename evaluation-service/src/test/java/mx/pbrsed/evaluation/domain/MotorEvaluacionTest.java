package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Color.AMARILLO;
import static mx.pbrsed.evaluation.domain.Color.EXCEDIDO;
import static mx.pbrsed.evaluation.domain.Color.ROJO;
import static mx.pbrsed.evaluation.domain.Color.VERDE;
import static mx.pbrsed.evaluation.domain.Datos.bd;
import static mx.pbrsed.evaluation.domain.Datos.captura;
import static mx.pbrsed.evaluation.domain.Datos.capturas;
import static mx.pbrsed.evaluation.domain.Datos.conComportamiento;
import static mx.pbrsed.evaluation.domain.Datos.conFrecuencia;
import static mx.pbrsed.evaluation.domain.Datos.conSemaforo;
import static mx.pbrsed.evaluation.domain.Datos.definicion;
import static mx.pbrsed.evaluation.domain.Datos.mes;
import static mx.pbrsed.evaluation.domain.Datos.meses;
import static mx.pbrsed.evaluation.domain.Datos.porcentaje;
import static mx.pbrsed.evaluation.domain.Datos.semaforo;
import static mx.pbrsed.evaluation.domain.Datos.tasaVariacion;
import static mx.pbrsed.evaluation.domain.EstadoResultado.CALCULADO;
import static mx.pbrsed.evaluation.domain.EstadoResultado.NO_PROGRAMADO;
import static mx.pbrsed.evaluation.domain.EstadoResultado.SIN_CAPTURA;
import static mx.pbrsed.evaluation.domain.EstadoResultado.SIN_DENOMINADOR;
import static mx.pbrsed.evaluation.domain.EstadoResultado.SIN_META;
import static mx.pbrsed.evaluation.domain.TipoVariable.ACTUALIZABLE;
import static mx.pbrsed.evaluation.domain.TipoVariable.ACUMULABLE;
import static mx.pbrsed.evaluation.domain.TipoVariable.NO_ACUMULABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MotorEvaluacionTest {

    private final MotorEvaluacion motor = new MotorEvaluacion();

    private static Resultado noProgramado(int trimestre) {
        return new Resultado(trimestre, NO_PROGRAMADO, null, null, null, null, null, null, null);
    }

    /** V1 alone, quarterly, ascending, default semaforo, meta 100 at every quarter's end. */
    private static DefinicionIndicador datoAbsoluto(TipoVariable tipo) {
        return definicion(Datos.datoAbsoluto(), Map.of("V1", tipo),
                meses(mes(3, "V1", "100"), mes(6, "V1", "100"), mes(9, "V1", "100"), mes(12, "V1", "100")));
    }

    @Nested
    class CasosDeOro {

        /** FIN: numero de beneficiarios poblanos que obtuvieron su matricula consular. */
        private final DefinicionIndicador matricula = new DefinicionIndicador(Datos.datoAbsoluto(),
                Map.of("V1", ACTUALIZABLE), Comportamiento.ASCENDENTE, FormulaDescendente.LINEAL, Frecuencia.ANUAL,
                semaforo("ROJO 0 70", "AMARILLO 70 95", "VERDE 95 116", "EXCEDIDO 116"),
                meses(mes(12, "V1", "45649")));

        /** PROPOSITO: porcentaje de programas a favor de ciudadanos poblanos radicados en EUA. */
        private final DefinicionIndicador programas = new DefinicionIndicador(porcentaje(),
                Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE), Comportamiento.ASCENDENTE, FormulaDescendente.LINEAL,
                Frecuencia.ANUAL, Datos.SEMAFORO_PROGRAMAS, meses(mes(12, "V1", "9", "V2", "9")));

        @Test
        void matriculaConsular() {
            Resultado resultado = motor.evaluar(matricula, capturas(captura(4, "V1", "32822")), 4);

            assertThat(resultado).isEqualTo(new Resultado(4, CALCULADO, bd("32822"), bd("45649"), bd("71.90"),
                    AMARILLO, "32822 = 32822", "45649 = 45649", "32822 / 45649 * 100 = 71.90"));
            assertThat(resultado.logro().toString()).isEqualTo("32822");
            assertThat(resultado.avancePorcentaje().toString()).isEqualTo("71.90");
        }

        @Test
        void matriculaConsularEnElEjercicio() {
            assertThat(motor.evaluarEjercicio(matricula, capturas(captura(4, "V1", "32822"))))
                    .extracting(Resultado::estado)
                    .containsExactly(NO_PROGRAMADO, NO_PROGRAMADO, NO_PROGRAMADO, CALCULADO);
        }

        @Test
        void programasAFavorDeMigrantes() {
            Resultado resultado = motor.evaluar(programas, capturas(captura(4, "V1", "9", "V2", "9")), 4);

            assertThat(resultado).isEqualTo(new Resultado(4, CALCULADO, bd("100"), bd("100"), bd("100.00"), VERDE,
                    "(9 / 9) * 100 = 100", "(9 / 9) * 100 = 100", "100 / 100 * 100 = 100.00"));
            assertThat(resultado.logro().toPlainString()).isEqualTo("100");
            assertThat(resultado.logro().toString()).isEqualTo("100");
            assertThat(resultado.metaProgramada().toString()).isEqualTo("100");
        }

        @Test
        void programasAFavorDeMigrantesEnElEjercicio() {
            List<Resultado> resultados = motor.evaluarEjercicio(programas, capturas(captura(4, "V1", "9", "V2", "9")));

            assertThat(resultados).hasSize(4);
            assertThat(resultados.subList(0, 3)).containsExactly(noProgramado(1), noProgramado(2), noProgramado(3));
            assertThat(resultados.get(3).trazaLogro()).isEqualTo("(9 / 9) * 100 = 100");
            assertThat(resultados.get(3).semaforo()).isEqualTo(VERDE);
        }
    }

    @Nested
    class Acumulacion {

        private final List<CapturaTrimestral> capturas = capturas(
                captura(1, "V1", "20"), captura(2, "V1", "30"), captura(3, "V1", "25"), captura(4, "V1", "25"));

        @Test
        void acumulableSumaLosTrimestresEnLogroYMeta() {
            assertThat(motor.evaluarEjercicio(datoAbsoluto(ACUMULABLE), capturas))
                    .extracting(Resultado::logro, Resultado::metaProgramada, Resultado::avancePorcentaje, Resultado::semaforo)
                    .containsExactly(
                            tuple(bd("20"), bd("100"), bd("20.00"), ROJO),
                            tuple(bd("50"), bd("200"), bd("25.00"), ROJO),
                            tuple(bd("75"), bd("300"), bd("25.00"), ROJO),
                            tuple(bd("100"), bd("400"), bd("25.00"), ROJO));
        }

        @Test
        void acumulableConMetasTrimestralesDeUnCuarto() {
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(), Map.of("V1", ACUMULABLE),
                    meses(mes(3, "V1", "25"), mes(6, "V1", "25"), mes(9, "V1", "25"), mes(12, "V1", "25")));
            assertThat(motor.evaluarEjercicio(definicion, capturas))
                    .extracting(Resultado::trazaLogro, Resultado::trazaMeta, Resultado::trazaAvance, Resultado::semaforo)
                    .containsExactly(
                            tuple("20 = 20", "25 = 25", "20 / 25 * 100 = 80.00", AMARILLO),
                            tuple("50 = 50", "50 = 50", "50 / 50 * 100 = 100.00", VERDE),
                            tuple("75 = 75", "75 = 75", "75 / 75 * 100 = 100.00", VERDE),
                            tuple("100 = 100", "100 = 100", "100 / 100 * 100 = 100.00", VERDE));
        }

        @Test
        void noAcumulableTomaSoloElTrimestre() {
            assertThat(motor.evaluarEjercicio(datoAbsoluto(NO_ACUMULABLE), capturas))
                    .extracting(Resultado::logro, Resultado::metaProgramada, Resultado::avancePorcentaje, Resultado::semaforo)
                    .containsExactly(
                            tuple(bd("20"), bd("100"), bd("20.00"), ROJO),
                            tuple(bd("30"), bd("100"), bd("30.00"), ROJO),
                            tuple(bd("25"), bd("100"), bd("25.00"), ROJO),
                            tuple(bd("25"), bd("100"), bd("25.00"), ROJO));
        }

        @Test
        void actualizableTomaElUltimoValorReexpresado() {
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(), Map.of("V1", ACTUALIZABLE),
                    meses(mes(3, "V1", "100"), mes(6, "V1", "200"), mes(12, "V1", "400")));
            List<CapturaTrimestral> reexpresados = capturas(
                    captura(1, "V1", "90"), captura(2, "V1", "210"), captura(3, "V1", "300"), captura(4, "V1", "380"));

            assertThat(motor.evaluarEjercicio(definicion, reexpresados))
                    .extracting(Resultado::logro, Resultado::metaProgramada, Resultado::avancePorcentaje, Resultado::semaforo)
                    .containsExactly(
                            tuple(bd("90"), bd("100"), bd("90.00"), AMARILLO),
                            tuple(bd("210"), bd("200"), bd("105.00"), VERDE),
                            // No meta calendarized in Q3: the latest one (Q2's) still stands.
                            tuple(bd("300"), bd("200"), bd("150.00"), EXCEDIDO),
                            tuple(bd("380"), bd("400"), bd("95.00"), VERDE));
        }

        @Test
        void porcentajeSeCalculaSobreValoresDelPeriodoNoPromediandoPorcentajes() {
            DefinicionIndicador definicion = definicion(porcentaje(), Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE),
                    meses(mes(3, "V1", "2", "V2", "10"), mes(6, "V1", "3", "V2", "10"),
                            mes(9, "V1", "2", "V2", "10"), mes(12, "V1", "3", "V2", "10")));
            List<CapturaTrimestral> capturadas = capturas(captura(1, "V1", "2", "V2", "9"),
                    captura(2, "V1", "3", "V2", "9"), captura(3, "V1", "2", "V2", "10"), captura(4, "V1", "2", "V2", "10"));

            assertThat(motor.evaluarEjercicio(definicion, capturadas))
                    .extracting(Resultado::trazaLogro, Resultado::trazaMeta, Resultado::trazaAvance)
                    .containsExactly(
                            tuple("(2 / 9) * 100 = 22.222222", "(2 / 10) * 100 = 20", "22.222222 / 20 * 100 = 111.11"),
                            tuple("(5 / 9) * 100 = 55.555556", "(5 / 10) * 100 = 50", "55.555556 / 50 * 100 = 111.11"),
                            tuple("(7 / 10) * 100 = 70", "(7 / 10) * 100 = 70", "70 / 70 * 100 = 100.00"),
                            tuple("(9 / 10) * 100 = 90", "(10 / 10) * 100 = 100", "90 / 100 * 100 = 90.00"));
        }

        @Test
        void soloCuentanLasCapturasHastaElTrimestreEvaluado() {
            Resultado q1 = motor.evaluar(datoAbsoluto(ACUMULABLE), capturas, 1);
            assertThat(q1.logro()).isEqualTo(bd("20"));
        }

        @Test
        void acumulableSaltaLosTrimestresSinCapturaAlSumar() {
            List<CapturaTrimestral> sinQ2 = capturas(captura(1, "V1", "20"), captura(3, "V1", "25"));
            assertThat(motor.evaluar(datoAbsoluto(ACUMULABLE), sinQ2, 3).logro()).isEqualTo(bd("45"));
        }
    }

    @Nested
    class Mensual {

        private DefinicionIndicador mensual(TipoVariable tipo, ValoresMensuales metas) {
            return conFrecuencia(definicion(Datos.datoAbsoluto(), Map.of("V1", tipo), metas), Frecuencia.MENSUAL);
        }

        private final ValoresMensuales diezAlMes = meses(
                mes(1, "V1", "10"), mes(2, "V1", "10"), mes(3, "V1", "10"), mes(4, "V1", "10"),
                mes(5, "V1", "10"), mes(6, "V1", "10"), mes(7, "V1", "10"), mes(8, "V1", "10"),
                mes(9, "V1", "10"), mes(10, "V1", "10"), mes(11, "V1", "10"), mes(12, "V1", "10"));

        private final List<CapturaTrimestral> capturas = capturas(
                new CapturaTrimestral(1, meses(mes(1, "V1", "8"), mes(2, "V1", "9"), mes(3, "V1", "10"))),
                new CapturaTrimestral(2, meses(mes(4, "V1", "12"), mes(5, "V1", "12"), mes(6, "V1", "12"))));

        @Test
        void acumulableSumaLosMeses() {
            assertThat(motor.evaluarEjercicio(mensual(ACUMULABLE, diezAlMes), capturas))
                    .extracting(Resultado::estado, Resultado::logro, Resultado::metaProgramada,
                            Resultado::avancePorcentaje, Resultado::semaforo)
                    .containsExactly(
                            tuple(CALCULADO, bd("27"), bd("30"), bd("90.00"), AMARILLO),
                            tuple(CALCULADO, bd("63"), bd("60"), bd("105.00"), VERDE),
                            tuple(SIN_CAPTURA, null, bd("90"), null, null),
                            tuple(SIN_CAPTURA, null, bd("120"), null, null));
        }

        @Test
        void noAcumulableTomaElUltimoMesDelTrimestre() {
            assertThat(motor.evaluarEjercicio(mensual(NO_ACUMULABLE, diezAlMes), capturas))
                    .extracting(Resultado::logro, Resultado::metaProgramada, Resultado::avancePorcentaje)
                    .startsWith(tuple(bd("10"), bd("10"), bd("100.00")), tuple(bd("12"), bd("10"), bd("120.00")));
        }

        @Test
        void noAcumulableUsaElUltimoMesQueTraeValor() {
            List<CapturaTrimestral> sinMarzo = capturas(
                    new CapturaTrimestral(1, meses(mes(1, "V1", "5"), mes(2, "V1", "6"))));
            assertThat(motor.evaluar(mensual(NO_ACUMULABLE, diezAlMes), sinMarzo, 1).trazaLogro()).isEqualTo("6 = 6");
        }

        @Test
        void actualizableTomaElUltimoMes() {
            ValoresMensuales metas = meses(mes(3, "V1", "50"), mes(6, "V1", "80"));
            assertThat(motor.evaluarEjercicio(mensual(ACTUALIZABLE, metas), capturas))
                    .extracting(Resultado::logro, Resultado::metaProgramada, Resultado::avancePorcentaje)
                    .startsWith(tuple(bd("10"), bd("50"), bd("20.00")), tuple(bd("12"), bd("80"), bd("15.00")));
        }
    }

    @Nested
    class NoProgramado {

        @ParameterizedTest(name = "{0} en Q{1}")
        @CsvSource({"SEMESTRAL, 1", "SEMESTRAL, 3", "ANUAL, 1", "ANUAL, 2", "ANUAL, 3", "CUATRIMESTRAL, 1",
                "BIENAL, 1", "BIENAL, 3", "QUINQUENAL, 2"})
        void sinMedicionEsperadaNoHayMetaNiLogroNiColor(Frecuencia frecuencia, int trimestre) {
            DefinicionIndicador definicion = conFrecuencia(datoAbsoluto(ACUMULABLE), frecuencia);
            // Even a stray captura of that quarter does not make it due.
            List<CapturaTrimestral> todas = capturas(
                    captura(1, "V1", "1"), captura(2, "V1", "1"), captura(3, "V1", "1"), captura(4, "V1", "1"));

            assertThat(motor.evaluar(definicion, todas, trimestre)).isEqualTo(noProgramado(trimestre));
        }

        @Test
        void semestralMideEnElSegundoYCuartoTrimestre() {
            DefinicionIndicador definicion = conFrecuencia(definicion(Datos.datoAbsoluto(), Map.of("V1", ACUMULABLE),
                    meses(mes(6, "V1", "50"), mes(12, "V1", "50"))), Frecuencia.SEMESTRAL);
            List<CapturaTrimestral> semestres = capturas(captura(2, "V1", "40"), captura(4, "V1", "60"));

            assertThat(motor.evaluarEjercicio(definicion, semestres))
                    .extracting(Resultado::estado, Resultado::logro, Resultado::metaProgramada, Resultado::avancePorcentaje)
                    .containsExactly(
                            tuple(NO_PROGRAMADO, null, null, null),
                            tuple(CALCULADO, bd("40"), bd("50"), bd("80.00")),
                            tuple(NO_PROGRAMADO, null, null, null),
                            tuple(CALCULADO, bd("100"), bd("100"), bd("100.00")));
        }
    }

    @Nested
    class SinCaptura {

        @ParameterizedTest
        @EnumSource(TipoVariable.class)
        void faltaElTrimestreAunqueHayaAnteriores(TipoVariable tipo) {
            List<CapturaTrimestral> hastaQ2 = capturas(captura(1, "V1", "50"), captura(2, "V1", "50"));

            assertThat(motor.evaluar(datoAbsoluto(tipo), hastaQ2, 3)).isEqualTo(new Resultado(3, SIN_CAPTURA,
                    null, tipo == ACUMULABLE ? bd("300") : bd("100"), null, null, null,
                    tipo == ACUMULABLE ? "300 = 300" : "100 = 100", null));
        }

        @Test
        void sinNingunaCaptura() {
            assertThat(motor.evaluarEjercicio(datoAbsoluto(ACTUALIZABLE), List.of()))
                    .extracting(Resultado::estado, Resultado::metaProgramada, Resultado::semaforo)
                    .containsOnly(tuple(SIN_CAPTURA, bd("100"), null));
        }

        @Test
        void unaCapturaPosteriorNoCubreUnTrimestreFaltante() {
            List<CapturaTrimestral> sinQ3 = capturas(captura(2, "V1", "50"), captura(4, "V1", "70"));
            assertThat(motor.evaluarEjercicio(datoAbsoluto(ACTUALIZABLE), sinQ3))
                    .extracting(Resultado::estado)
                    .containsExactly(SIN_CAPTURA, CALCULADO, SIN_CAPTURA, CALCULADO);
        }

        @Test
        void sinMetaNiCapturaReportaSoloLaFalta() {
            DefinicionIndicador sinMetas = definicion(Datos.datoAbsoluto(),
                    Map.of("V1", ACUMULABLE), ValoresMensuales.vacios());
            assertThat(motor.evaluar(sinMetas, List.of(), 2))
                    .isEqualTo(new Resultado(2, SIN_CAPTURA, null, null, null, null, null, null, null));
        }

        @Test
        void capturaSinUnaVariableDeLaFormulaEstaIncompleta() {
            DefinicionIndicador definicion = definicion(porcentaje(), Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE),
                    meses(mes(3, "V1", "5", "V2", "10")));
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", "5")), 1);

            assertThat(resultado).isEqualTo(new Resultado(1, SIN_CAPTURA, null, bd("50"), null, null, null,
                    "(5 / 10) * 100 = 50", null));
        }

        @Test
        void noAcumulableNoArrastraElValorDeUnTrimestreAnterior() {
            DefinicionIndicador definicion = definicion(porcentaje(), Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE),
                    meses(mes(6, "V1", "5", "V2", "10")));
            List<CapturaTrimestral> v2SoloEnQ1 = capturas(captura(1, "V1", "2", "V2", "10"), captura(2, "V1", "3"));

            assertThat(motor.evaluar(definicion, v2SoloEnQ1, 2).estado()).isEqualTo(SIN_CAPTURA);
        }
    }

    @Nested
    class SinDenominador {

        private final DefinicionIndicador porcentaje = definicion(porcentaje(),
                Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE), meses(mes(3, "V1", "9", "V2", "10")));

        @Test
        void denominadorCapturadoEnCero() {
            Resultado resultado = motor.evaluar(porcentaje, capturas(captura(1, "V1", "9", "V2", "0")), 1);

            assertThat(resultado).isEqualTo(new Resultado(1, SIN_DENOMINADOR, null, bd("90"), null, null,
                    "(9 / 0) * 100 = sin denominador", "(9 / 10) * 100 = 90", null));
        }

        @Test
        void tasaDeVariacionConBaseCero() {
            DefinicionIndicador tasa = definicion(tasaVariacion(),
                    Map.of("V1", NO_ACUMULABLE, "V2", NO_ACUMULABLE), meses(mes(3, "V1", "110", "V2", "100")));
            Resultado resultado = motor.evaluar(tasa, capturas(captura(1, "V1", "7", "V2", "0.00")), 1);

            assertThat(resultado.estado()).isEqualTo(SIN_DENOMINADOR);
            assertThat(resultado.trazaLogro()).isEqualTo("((7 / 0) - 1) * 100 = sin denominador");
            assertThat(resultado.metaProgramada()).isEqualTo(bd("10"));
        }

        @Test
        void prevaleceSobreLaFaltaDeMeta() {
            DefinicionIndicador metaSinDenominador = new DefinicionIndicador(porcentaje.formula(),
                    porcentaje.variables(), porcentaje.comportamiento(), null, porcentaje.frecuencia(),
                    porcentaje.semaforo(), meses(mes(3, "V1", "9", "V2", "0")));
            Resultado resultado = motor.evaluar(metaSinDenominador, capturas(captura(1, "V1", "9", "V2", "0")), 1);

            assertThat(resultado).isEqualTo(new Resultado(1, SIN_DENOMINADOR, null, null, null, null,
                    "(9 / 0) * 100 = sin denominador", "(9 / 0) * 100 = sin denominador", null));
        }
    }

    @Nested
    class SinMeta {

        @Test
        void metaCero() {
            DefinicionIndicador metaCero = definicion(Datos.datoAbsoluto(),
                    Map.of("V1", ACUMULABLE), meses(mes(3, "V1", "0")));
            Resultado resultado = motor.evaluar(metaCero, capturas(captura(1, "V1", "12")), 1);

            assertThat(resultado).isEqualTo(new Resultado(1, SIN_META, bd("12"), bd("0"), null, null,
                    "12 = 12", "0 = 0", null));
        }

        @Test
        void metaQueLaFormulaVuelveCero() {
            DefinicionIndicador definicion = definicion(porcentaje(), Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE),
                    meses(mes(3, "V1", "0.000", "V2", "10")));
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", "1", "V2", "10")), 1);

            assertThat(resultado.estado()).isEqualTo(SIN_META);
            assertThat(resultado.metaProgramada()).isEqualTo(bd("0"));
            assertThat(resultado.trazaMeta()).isEqualTo("(0 / 10) * 100 = 0");
            assertThat(resultado.trazaLogro()).isEqualTo("(1 / 10) * 100 = 10");
        }

        @Test
        void sinMetaCalendarizada() {
            DefinicionIndicador sinMetas = definicion(Datos.datoAbsoluto(),
                    Map.of("V1", ACUMULABLE), meses(mes(12, "V1", "100")));
            Resultado resultado = motor.evaluar(sinMetas, capturas(captura(1, "V1", "12")), 1);

            assertThat(resultado).isEqualTo(new Resultado(1, SIN_META, bd("12"), null, null, null, "12 = 12", null, null));
        }

        @Test
        void metaSinUnaDeSusVariables() {
            DefinicionIndicador definicion = definicion(porcentaje(), Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE),
                    meses(mes(3, "V1", "5")));
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", "5", "V2", "10")), 1);

            assertThat(resultado).isEqualTo(new Resultado(1, SIN_META, bd("50"), null, null, null,
                    "(5 / 10) * 100 = 50", null, null));
        }

        @Test
        void metaConDenominadorCero() {
            DefinicionIndicador definicion = definicion(porcentaje(), Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE),
                    meses(mes(3, "V1", "5", "V2", "0")));
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", "5", "V2", "10")), 1);

            assertThat(resultado).isEqualTo(new Resultado(1, SIN_META, bd("50"), null, null, null,
                    "(5 / 10) * 100 = 50", "(5 / 0) * 100 = sin denominador", null));
        }
    }

    @Nested
    class Descendente {

        private DefinicionIndicador descendente(FormulaDescendente formula, String meta) {
            return conComportamiento(
                    definicion(Datos.datoAbsoluto(), Map.of("V1", NO_ACUMULABLE), meses(mes(3, "V1", meta))),
                    Comportamiento.DESCENDENTE, formula);
        }

        @Test
        void linealYCasoDeLaEspecificacion() {
            Resultado resultado = motor.evaluar(descendente(FormulaDescendente.LINEAL, "10"), capturas(captura(1, "V1", "8")), 1);

            assertThat(resultado.avancePorcentaje()).isEqualTo(bd("120.00"));
            assertThat(resultado.trazaAvance()).isEqualTo("(2 - 8 / 10) * 100 = 120.00");
            assertThat(resultado.semaforo()).isEqualTo(EXCEDIDO);
        }

        @Test
        void inversaYCasoDeLaEspecificacion() {
            Resultado resultado = motor.evaluar(descendente(FormulaDescendente.INVERSA, "10"), capturas(captura(1, "V1", "8")), 1);

            assertThat(resultado.avancePorcentaje()).isEqualTo(bd("125.00"));
            assertThat(resultado.trazaAvance()).isEqualTo("10 / 8 * 100 = 125.00");
            assertThat(resultado.semaforo()).isEqualTo(EXCEDIDO);
        }

        @Test
        void linealEsLaPredeterminada() {
            Resultado resultado = motor.evaluar(descendente(null, "10"), capturas(captura(1, "V1", "8")), 1);
            assertThat(resultado.avancePorcentaje()).isEqualTo(bd("120.00"));
        }

        @ParameterizedTest(name = "M={0} R={1}: lineal {2} {3}, inversa {4} {5}")
        @CsvSource({
            "10, 8,   120.00,  EXCEDIDO, 125.00, EXCEDIDO",
            "10, 10,  100.00,  VERDE,    100.00, VERDE",
            "10, 12,  80.00,   AMARILLO, 83.33,  AMARILLO",
            "10, 15,  50.00,   ROJO,     66.67,  ROJO",
            "3,  2,   133.33,  EXCEDIDO, 150.00, EXCEDIDO",
            "10, 20,  0.00,    ROJO,     50.00,  ROJO",
            "10, 25,  -50.00,  ROJO,     40.00,  ROJO",
            "10, 0,   200.00,  EXCEDIDO, ,       EXCEDIDO",
        })
        void linealContraInversa(String meta, String logro, String avanceLineal, Color colorLineal,
                String avanceInversa, Color colorInversa) {
            List<CapturaTrimestral> capturada = capturas(captura(1, "V1", logro));
            Resultado lineal = motor.evaluar(descendente(FormulaDescendente.LINEAL, meta), capturada, 1);
            Resultado inversa = motor.evaluar(descendente(FormulaDescendente.INVERSA, meta), capturada, 1);

            assertThat(lineal.avancePorcentaje()).isEqualTo(bd(avanceLineal));
            assertThat(lineal.semaforo()).isEqualTo(colorLineal);
            assertThat(inversa.avancePorcentaje()).isEqualTo(avanceInversa == null ? null : bd(avanceInversa));
            assertThat(inversa.semaforo()).isEqualTo(colorInversa);
            assertThat(lineal.estado()).isEqualTo(CALCULADO);
            assertThat(inversa.estado()).isEqualTo(CALCULADO);
        }

        @Test
        void inversaConLogroCeroTomaElRangoAbierto() {
            Resultado resultado = motor.evaluar(descendente(FormulaDescendente.INVERSA, "10"), capturas(captura(1, "V1", "0")), 1);

            assertThat(resultado).isEqualTo(new Resultado(1, CALCULADO, bd("0"), bd("10"), null, EXCEDIDO,
                    "0 = 0", "10 = 10", "10 / 0 * 100 = sin avance (logro 0: rango abierto)"));
        }

        @Test
        void inversaConLogroCeroUsaElColorAbiertoDelIndicador() {
            DefinicionIndicador conTopeVerde = conSemaforo(descendente(FormulaDescendente.INVERSA, "10"),
                    semaforo("ROJO 0 70", "AMARILLO 70 95", "VERDE 95"));
            assertThat(motor.evaluar(conTopeVerde, capturas(captura(1, "V1", "0.00")), 1).semaforo()).isEqualTo(VERDE);
        }

        @Test
        void avanceNegativoTomaElColorDelPrimerRango() {
            DefinicionIndicador conPrimerRangoAmarillo = conSemaforo(descendente(FormulaDescendente.LINEAL, "10"),
                    semaforo("AMARILLO 0 50", "VERDE 50"));
            Resultado resultado = motor.evaluar(conPrimerRangoAmarillo, capturas(captura(1, "V1", "30")), 1);

            assertThat(resultado.avancePorcentaje()).isEqualTo(bd("-100.00"));
            assertThat(resultado.trazaAvance()).isEqualTo("(2 - 30 / 10) * 100 = -100.00");
            assertThat(resultado.semaforo()).isEqualTo(AMARILLO);
        }
    }

    @Nested
    class Regular {

        private final DefinicionIndicador regular = conSemaforo(
                conComportamiento(datoAbsoluto(NO_ACUMULABLE), Comportamiento.REGULAR, null), Datos.SEMAFORO_REGULAR);

        @ParameterizedTest(name = "R={0}: {1} {2}")
        @CsvSource({
            "0,      0.00,   ROJO",
            "84.99,  84.99,  ROJO",
            "85,     85.00,  AMARILLO",
            "90,     90.00,  AMARILLO",
            "95,     95.00,  VERDE",
            "100,    100.00, VERDE",
            "104.99, 104.99, VERDE",
            "105,    105.00, AMARILLO",
            "110,    110.00, AMARILLO",
            "115,    115.00, ROJO",
            "200,    200.00, ROJO",
        })
        void bandaDeDosLados(String logro, String avance, Color color) {
            Resultado resultado = motor.evaluar(regular, capturas(captura(1, "V1", logro)), 1);

            assertThat(resultado.avancePorcentaje()).isEqualTo(bd(avance));
            assertThat(resultado.semaforo()).isEqualTo(color);
        }

        @Test
        void trazaComoAscendente() {
            assertThat(motor.evaluar(regular, capturas(captura(1, "V1", "110")), 1).trazaAvance())
                    .isEqualTo("110 / 100 * 100 = 110.00");
        }

        @ParameterizedTest
        @EnumSource(value = Comportamiento.class, names = {"ASCENDENTE", "REGULAR"})
        void laFormulaDescendenteNoAplicaAOtrosComportamientos(Comportamiento comportamiento) {
            DefinicionIndicador conInversa = conComportamiento(datoAbsoluto(NO_ACUMULABLE), comportamiento,
                    FormulaDescendente.INVERSA);
            Resultado resultado = motor.evaluar(conInversa, capturas(captura(1, "V1", "80")), 1);
            assertThat(resultado.avancePorcentaje()).isEqualTo(bd("80.00"));
        }
    }

    @Nested
    class Redondeo {

        @ParameterizedTest(name = "R={0} M={1}: {2} {3}")
        @CsvSource({
            "69.995,   100,    70.00,  AMARILLO",
            "69.9949,  100,    69.99,  ROJO",
            "139.99,   200,    70.00,  AMARILLO",
            "94.994,   100,    94.99,  AMARILLO",
            "94.995,   100,    95.00,  VERDE",
            "115.994,  100,    115.99, VERDE",
            "115.995,  100,    116.00, EXCEDIDO",
            "70.125,   100,    70.13,  AMARILLO",
            "0.005,    100,    0.01,   ROJO",
            "2,        3,      66.67,  ROJO",
            "1,        3,      33.33,  ROJO",
            "32822,    45649,  71.90,  AMARILLO",
            "100,      100,    100.00, VERDE",
        })
        void elColorSaleDelAvanceRedondeado(String logro, String meta, String avance, Color color) {
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(),
                    Map.of("V1", NO_ACUMULABLE), meses(mes(3, "V1", meta)));
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", logro)), 1);

            assertThat(resultado.avancePorcentaje()).isEqualTo(bd(avance));
            assertThat(resultado.avancePorcentaje().scale()).isEqualTo(2);
            assertThat(resultado.semaforo()).isEqualTo(color);
        }

        @ParameterizedTest(name = "lineal R={0}: {1} {2}")
        @CsvSource({
            "130.005, 70.00,  AMARILLO",
            "130.006, 69.99,  ROJO",
            "105.005, 95.00,  VERDE",
            "84.005,  116.00, EXCEDIDO",
            "84.006,  115.99, VERDE",
        })
        void elColorSaleDelAvanceRedondeadoEnDescendenteLineal(String logro, String avance, Color color) {
            DefinicionIndicador definicion = conComportamiento(
                    definicion(Datos.datoAbsoluto(), Map.of("V1", NO_ACUMULABLE), meses(mes(3, "V1", "100"))),
                    Comportamiento.DESCENDENTE, FormulaDescendente.LINEAL);
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", logro)), 1);

            assertThat(resultado.avancePorcentaje()).isEqualTo(bd(avance));
            assertThat(resultado.semaforo()).isEqualTo(color);
        }

        @ParameterizedTest(name = "{0} se reporta {1}")
        @CsvSource({
            "100,          100",
            "100.000,      100",
            "1E+3,         1000",
            "45649.00,     45649",
            "1.0000005,    1.000001",
            "1.00000049,   1",
            "0.1234564999, 0.123456",
            "-2.5000005,   -2.500001",
            "0.0000000,    0",
        })
        void logroYMetaASeisDecimalesSinCerosDeMas(String valor, String reportado) {
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(),
                    Map.of("V1", NO_ACUMULABLE), meses(mes(3, "V1", valor)));
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", valor)), 1);

            assertThat(resultado.logro()).isEqualTo(bd(reportado));
            assertThat(resultado.logro().toString()).isEqualTo(reportado);
            assertThat(resultado.trazaLogro()).endsWith(" = " + reportado);
            assertThat(resultado.metaProgramada()).isEqualTo(bd(reportado));
        }

        @Test
        void elAvanceSeCalculaConValoresExactosNoConLosReportados() {
            // 69.9949996 is reported as 69.995, yet the avance comes from the exact logro.
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(),
                    Map.of("V1", NO_ACUMULABLE), meses(mes(3, "V1", "100")));
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", "69.9949996")), 1);

            assertThat(resultado.logro()).isEqualTo(bd("69.995"));
            assertThat(resultado.avancePorcentaje()).isEqualTo(bd("69.99"));
            assertThat(resultado.semaforo()).isEqualTo(ROJO);
        }

        @Test
        void logroPeriodicoSeReportaASeisDecimales() {
            DefinicionIndicador definicion = definicion(porcentaje(), Map.of("V1", NO_ACUMULABLE, "V2", NO_ACUMULABLE),
                    meses(mes(3, "V1", "1", "V2", "1")));
            Resultado resultado = motor.evaluar(definicion, capturas(captura(1, "V1", "2", "V2", "3")), 1);

            assertThat(resultado.logro()).isEqualTo(bd("66.666667"));
            assertThat(resultado.trazaLogro()).isEqualTo("(2 / 3) * 100 = 66.666667");
            assertThat(resultado.trazaAvance()).isEqualTo("66.666667 / 100 * 100 = 66.67");
        }
    }

    @Nested
    class Entradas {

        @Test
        void elEjercicioSonCuatroTrimestresEnOrden() {
            assertThat(motor.evaluarEjercicio(datoAbsoluto(ACUMULABLE), List.of()))
                    .extracting(Resultado::trimestre)
                    .containsExactly(1, 2, 3, 4);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 5})
        void rechazaTrimestresInexistentes(int trimestre) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> motor.evaluar(datoAbsoluto(ACUMULABLE), List.of(), trimestre));
        }

        @Test
        void rechazaDosCapturasDelMismoTrimestre() {
            List<CapturaTrimestral> duplicadas = capturas(captura(1, "V1", "1"), captura(1, "V1", "2"));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> motor.evaluar(datoAbsoluto(ACUMULABLE), duplicadas, 1))
                    .withMessageContaining("trimestre 1");
        }

        @Test
        void elOrdenDeLasCapturasNoImporta() {
            List<CapturaTrimestral> enOrden = capturas(captura(1, "V1", "20"), captura(2, "V1", "30"));
            List<CapturaTrimestral> alReves = capturas(captura(2, "V1", "30"), captura(1, "V1", "20"));
            assertThat(motor.evaluarEjercicio(datoAbsoluto(ACTUALIZABLE), alReves))
                    .isEqualTo(motor.evaluarEjercicio(datoAbsoluto(ACTUALIZABLE), enOrden));
        }
    }
}
