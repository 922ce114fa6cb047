package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Color.AMARILLO;
import static mx.pbrsed.evaluation.domain.Color.EXCEDIDO;
import static mx.pbrsed.evaluation.domain.Color.ROJO;
import static mx.pbrsed.evaluation.domain.Color.VERDE;
import static mx.pbrsed.evaluation.domain.Datos.bd;
import static mx.pbrsed.evaluation.domain.Datos.captura;
import static mx.pbrsed.evaluation.domain.Datos.capturas;
import static mx.pbrsed.evaluation.domain.Datos.conComportamiento;
import static mx.pbrsed.evaluation.domain.Datos.conSemaforo;
import static mx.pbrsed.evaluation.domain.Datos.definicion;
import static mx.pbrsed.evaluation.domain.Datos.mes;
import static mx.pbrsed.evaluation.domain.Datos.meses;
import static mx.pbrsed.evaluation.domain.Datos.op;
import static mx.pbrsed.evaluation.domain.Datos.porcentaje;
import static mx.pbrsed.evaluation.domain.Datos.v;
import static mx.pbrsed.evaluation.domain.TipoVariable.ACTUALIZABLE;
import static mx.pbrsed.evaluation.domain.TipoVariable.ACUMULABLE;
import static mx.pbrsed.evaluation.domain.TipoVariable.NO_ACUMULABLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC rule 10: the year-end projection at t < 4 of a CALCULADO result. */
class ProyeccionTest {

    private final MotorEvaluacion motor = new MotorEvaluacion();

    /** V1 alone, quarterly, ascending, default semaforo, meta 25 each quarter: 100 a year. */
    private static DefinicionIndicador acumulable() {
        return definicion(Datos.datoAbsoluto(), Map.of("V1", ACUMULABLE),
                meses(mes(3, "V1", "25"), mes(6, "V1", "25"), mes(9, "V1", "25"), mes(12, "V1", "25")));
    }

    private Optional<Proyeccion> proyectar(DefinicionIndicador definicion, List<CapturaTrimestral> capturas,
                                           int trimestre) {
        return motor.proyectar(definicion, capturas, motor.evaluar(definicion, capturas, trimestre));
    }

    @Nested
    class PorTipoDeAcumulacion {

        @Test
        void unaVariableAcumulableSigueElRitmoQueLlevaContraElCalendario() {
            Proyeccion proyeccion = proyectar(acumulable(), capturas(captura(1, "V1", "20")), 1).orElseThrow();

            assertThat(proyeccion).isEqualTo(new Proyeccion(bd("80"), bd("100"), bd("80.00"), AMARILLO,
                    "V1: 20 x 100 / 25 = 80; 80 = 80; meta anual 100 = 100; 80 / 100 * 100 = 80.00"));
            assertThat(proyeccion.enRiesgo()).isTrue();
        }

        @Test
        void unaVariableAcumulableSinMetaHastaElTrimestreSumaElRestoDelCalendario() {
            // V1 + V2: V1 has no meta until Q2, so its m_1 is 0 while the meta programada is not.
            DefinicionIndicador definicion = definicion(op('+', v("V1"), v("V2")),
                    Map.of("V1", ACUMULABLE, "V2", ACUMULABLE),
                    meses(mes(3, "V1", "0", "V2", "10"), mes(6, "V1", "20", "V2", "10"),
                            mes(9, "V1", "20", "V2", "10"), mes(12, "V1", "20", "V2", "10")));

            Proyeccion proyeccion = proyectar(definicion, capturas(captura(1, "V1", "5", "V2", "10")), 1)
                    .orElseThrow();

            // V1: 5 + 60 = 65; V2: 10 x 40 / 10 = 40; logro 105 against meta anual 100
            assertThat(proyeccion.logroProyectado()).isEqualByComparingTo("105");
            assertThat(proyeccion.metaAnual()).isEqualByComparingTo("100");
            assertThat(proyeccion.avanceProyectadoPorcentaje()).isEqualTo(bd("105.00"));
            assertThat(proyeccion.semaforoProyectado()).isEqualTo(VERDE);
            assertThat(proyeccion.traza()).startsWith("V1: 5 + 60 = 65; V2: 10 x 40 / 10 = 40; 65 + 40 = 105");
            assertThat(proyeccion.enRiesgo()).isFalse();
        }

        @Test
        void unaVariableNoAcumulableConservaElNivelAlcanzado() {
            // V1 programs run (flow) over V2 programs planned (reference quantity).
            DefinicionIndicador definicion = definicion(porcentaje(), Map.of("V1", ACUMULABLE, "V2", NO_ACUMULABLE),
                    meses(mes(3, "V1", "3", "V2", "12"), mes(6, "V1", "3", "V2", "12"),
                            mes(9, "V1", "3", "V2", "12"), mes(12, "V1", "3", "V2", "12")));

            Proyeccion proyeccion = proyectar(definicion,
                    capturas(captura(1, "V1", "2", "V2", "10"), captura(2, "V1", "4", "V2", "10")), 2).orElseThrow();

            assertThat(proyeccion).isEqualTo(new Proyeccion(bd("120"), bd("100"), bd("120.00"), EXCEDIDO,
                    "V1: 6 x 12 / 6 = 12; V2: 10 (NO_ACUMULABLE); (12 / 10) * 100 = 120; "
                            + "meta anual (12 / 12) * 100 = 100; 120 / 100 * 100 = 120.00"));
        }

        @Test
        void unaVariableActualizableConservaElUltimoValor() {
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(), Map.of("V1", ACTUALIZABLE),
                    meses(mes(3, "V1", "100"), mes(6, "V1", "100"), mes(9, "V1", "100"), mes(12, "V1", "100")));
            List<CapturaTrimestral> capturadas = capturas(captura(1, "V1", "50"), captura(2, "V1", "96"));

            assertThat(proyectar(definicion, capturadas, 1).orElseThrow())
                    .extracting(Proyeccion::logroProyectado, Proyeccion::semaforoProyectado)
                    .containsExactly(bd("50"), ROJO);
            Proyeccion alSegundo = proyectar(definicion, capturadas, 2).orElseThrow();
            assertThat(alSegundo.traza()).isEqualTo("V1: 96 (ACTUALIZABLE); 96 = 96; meta anual 100 = 100; "
                    + "96 / 100 * 100 = 96.00");
            assertThat(alSegundo.semaforoProyectado()).isEqualTo(VERDE);
        }
    }

    @Nested
    class PorComportamiento {

        @ParameterizedTest(name = "{0} {1}, V1 = {2} at Q1: projected {3}, avance {4} {5}")
        @CsvSource({
                "ASCENDENTE, LINEAL, 30, 120, 120.00, EXCEDIDO",
                "DESCENDENTE, LINEAL, 30, 120, 80.00, AMARILLO",
                "DESCENDENTE, INVERSA, 30, 120, 83.33, AMARILLO",
                "DESCENDENTE, LINEAL, 20, 80, 120.00, EXCEDIDO",
                "DESCENDENTE, INVERSA, 20, 80, 125.00, EXCEDIDO",
        })
        void elAvanceProyectadoSeMideComoElDelComportamiento(Comportamiento comportamiento,
                FormulaDescendente formula, String capturado, String logro, String avance, Color color) {
            DefinicionIndicador definicion = conComportamiento(acumulable(), comportamiento, formula);

            Proyeccion proyeccion = proyectar(definicion, capturas(captura(1, "V1", capturado)), 1).orElseThrow();

            assertThat(proyeccion.logroProyectado()).isEqualTo(bd(logro));
            assertThat(proyeccion.avanceProyectadoPorcentaje()).isEqualTo(bd(avance));
            assertThat(proyeccion.semaforoProyectado()).isEqualTo(color);
        }

        @Test
        void descendenteInversaConLogroProyectadoCeroTomaElRangoAbierto() {
            DefinicionIndicador definicion = conComportamiento(acumulable(), Comportamiento.DESCENDENTE,
                    FormulaDescendente.INVERSA);

            Proyeccion proyeccion = proyectar(definicion, capturas(captura(1, "V1", "0")), 1).orElseThrow();

            assertThat(proyeccion.avanceProyectadoPorcentaje()).isNull();
            assertThat(proyeccion.semaforoProyectado()).isEqualTo(EXCEDIDO);
            assertThat(proyeccion.traza()).endsWith("100 / 0 * 100 = sin avance (logro 0: rango abierto)");
        }

        @ParameterizedTest(name = "REGULAR, V1 = {0} at Q1: avance {1} {2}")
        @CsvSource({"26, 104.00, VERDE", "28, 112.00, AMARILLO", "20, 80.00, ROJO", "30, 120.00, ROJO"})
        void regularSeColoreaConLaBandaDeDosLados(String capturado, String avance, Color color) {
            DefinicionIndicador definicion = conSemaforo(
                    conComportamiento(acumulable(), Comportamiento.REGULAR, null), Datos.SEMAFORO_REGULAR);

            Proyeccion proyeccion = proyectar(definicion, capturas(captura(1, "V1", capturado)), 1).orElseThrow();

            assertThat(proyeccion.avanceProyectadoPorcentaje()).isEqualTo(bd(avance));
            assertThat(proyeccion.semaforoProyectado()).isEqualTo(color);
        }
    }

    @Nested
    class Redondeo {

        @ParameterizedTest(name = "V1 = {0} by Q2: avance {1}, {2}")
        @CsvSource({
                // projected 379.98 against 400 is exactly 94.995: HALF_UP shows 95.00, and the colour follows it
                "100, 89.99, 95.00, VERDE",
                "100, 89.989, 94.99, AMARILLO",
        })
        void elColorSeEligeDelAvanceRedondeadoADosDecimales(String primero, String segundo, String avance,
                                                            Color color) {
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(), Map.of("V1", ACUMULABLE),
                    meses(mes(3, "V1", "100"), mes(6, "V1", "100"), mes(9, "V1", "100"), mes(12, "V1", "100")));

            Proyeccion proyeccion = proyectar(definicion,
                    capturas(captura(1, "V1", primero), captura(2, "V1", segundo)), 2).orElseThrow();

            assertThat(proyeccion.avanceProyectadoPorcentaje()).isEqualTo(bd(avance));
            assertThat(proyeccion.avanceProyectadoPorcentaje().scale()).isEqualTo(2);
            assertThat(proyeccion.semaforoProyectado()).isEqualTo(color);
        }

        @Test
        void elLogroProyectadoSeReportaConSeisDecimales() {
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(), Map.of("V1", ACUMULABLE),
                    meses(mes(3, "V1", "3"), mes(12, "V1", "7")));

            Proyeccion proyeccion = proyectar(definicion, capturas(captura(1, "V1", "1")), 1).orElseThrow();

            // 1 x 10 / 3
            assertThat(proyeccion.logroProyectado()).isEqualTo(bd("3.333333"));
            assertThat(proyeccion.avanceProyectadoPorcentaje()).isEqualTo(bd("33.33"));
            assertThat(proyeccion.traza()).startsWith("V1: 1 x 10 / 3 = 3.333333; 3.333333 = 3.333333");
        }
    }

    @Nested
    class SinProyeccion {

        @Test
        void alCuartoTrimestreElResultadoYaEsElCierre() {
            List<CapturaTrimestral> capturadas = capturas(captura(1, "V1", "25"), captura(2, "V1", "25"),
                    captura(3, "V1", "25"), captura(4, "V1", "10"));

            assertThat(proyectar(acumulable(), capturadas, 4)).isEmpty();
            assertThat(proyectar(acumulable(), capturadas, 3)).isPresent();
        }

        @Test
        void unResultadoNoCalculadoNoSeProyecta() {
            // Q2 has no captura: SIN_CAPTURA
            assertThat(proyectar(acumulable(), capturas(captura(1, "V1", "20")), 2)).isEmpty();
            // ANUAL before Q4: NO_PROGRAMADO
            assertThat(proyectar(Datos.conFrecuencia(acumulable(), Frecuencia.ANUAL),
                    capturas(captura(1, "V1", "20")), 1)).isEmpty();
        }

        @Test
        void sinMetaAnualNoHayContraQueMedir() {
            DefinicionIndicador definicion = definicion(Datos.datoAbsoluto(), Map.of("V1", ACTUALIZABLE),
                    meses(mes(3, "V1", "10"), mes(12, "V1", "0")));

            assertThat(motor.evaluar(definicion, capturas(captura(1, "V1", "5")), 1).estado())
                    .isEqualTo(EstadoResultado.CALCULADO);
            assertThat(proyectar(definicion, capturas(captura(1, "V1", "5")), 1)).isEmpty();
        }
    }
}
