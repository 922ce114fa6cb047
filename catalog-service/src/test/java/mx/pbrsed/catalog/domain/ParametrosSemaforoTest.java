package mx.pbrsed.catalog.domain;

import static mx.pbrsed.catalog.domain.Color.AMARILLO;
import static mx.pbrsed.catalog.domain.Color.EXCEDIDO;
import static mx.pbrsed.catalog.domain.Color.ROJO;
import static mx.pbrsed.catalog.domain.Color.VERDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParametrosSemaforoTest {

    private static RangoSemaforo rango(String desde, String hasta, Color color) {
        return new RangoSemaforo(new BigDecimal(desde), hasta == null ? null : new BigDecimal(hasta), color);
    }

    private static ParametrosSemaforo parametros(RangoSemaforo... rangos) {
        return new ParametrosSemaforo(Arrays.asList(rangos));
    }

    private static DefinicionInvalidaException rechazo(ThrowingCallable accion) {
        DefinicionInvalidaException error = catchThrowableOfType(DefinicionInvalidaException.class, accion);
        assertThat(error).as("debe rechazarse").isNotNull();
        assertThat(error.campo()).isEqualTo("parametrosSemaforo");
        return error;
    }

    @Nested
    class PorDefecto {

        @ParameterizedTest
        @EnumSource(value = Comportamiento.class, names = {"ASCENDENTE", "DESCENDENTE"})
        void elDeLaSemillaParaAscendenteYDescendente(Comportamiento comportamiento) {
            assertThat(ParametrosSemaforo.porDefecto(comportamiento).rangos()).containsExactly(
                    rango("0", "70", ROJO),
                    rango("70", "95", AMARILLO),
                    rango("95", "116", VERDE),
                    rango("116", null, EXCEDIDO));
        }

        @Test
        void unaBandaDeDosLadosParaRegular() {
            assertThat(ParametrosSemaforo.porDefecto(Comportamiento.REGULAR).rangos()).containsExactly(
                    rango("0", "85", ROJO),
                    rango("85", "95", AMARILLO),
                    rango("95", "106", VERDE),
                    rango("106", "116", AMARILLO),
                    rango("116", null, EXCEDIDO));
        }
    }

    @Nested
    class Aceptados {

        @Test
        void elDelSegundoIndicadorDeLaSemilla() {
            ParametrosSemaforo semaforo = parametros(rango("0", "90", ROJO), rango("90", "95", AMARILLO),
                    rango("95", "116", VERDE), rango("116", null, EXCEDIDO));

            assertThat(semaforo.rangos()).hasSize(4);
        }

        @Test
        void enDesordenSeAceptaYSeOrdena() {
            ParametrosSemaforo semaforo = parametros(rango("116", null, EXCEDIDO), rango("70", "95", AMARILLO),
                    rango("0", "70", ROJO), rango("95", "116", VERDE));

            assertThat(semaforo).isEqualTo(ParametrosSemaforo.porDefecto(Comportamiento.ASCENDENTE));
        }

        @Test
        void unSoloRangoAbiertoDesdeCero() {
            assertThat(parametros(rango("0", null, VERDE)).rangos()).containsExactly(rango("0", null, VERDE));
        }

        @Test
        void losLimitesSeComparanPorValorNoPorEscala() {
            assertThat(parametros(rango("0.00", "70", ROJO), rango("70.0", null, VERDE)).rangos()).hasSize(2);
        }

        @Test
        void limitesConDecimales() {
            assertThat(parametros(rango("0", "69.95", ROJO), rango("69.95", null, VERDE)).rangos()).hasSize(2);
        }

        @Test
        void losRangosGuardadosNoSeModificanNiDependenDeLaListaOriginal() {
            List<RangoSemaforo> original = new ArrayList<>(List.of(rango("0", null, VERDE)));
            ParametrosSemaforo semaforo = new ParametrosSemaforo(original);
            original.add(rango("5", null, ROJO));

            assertThat(semaforo.rangos()).hasSize(1);
            assertThatThrownBy(() -> semaforo.rangos().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Rechazados {

        @Test
        void unHueco() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("0", "70", ROJO),
                    rango("75", "95", AMARILLO), rango("95", null, VERDE)));

            assertThat(error.getMessage()).isEqualTo(
                    "Hueco entre 70 y 75: ROJO [0, 70) termina antes de que empiece AMARILLO [75, 95)");
        }

        @Test
        void unHuecoEnDesordenSeDescubreIgual() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("95", null, VERDE),
                    rango("0", "70", ROJO), rango("70.5", "95", AMARILLO)));

            assertThat(error.getMessage()).startsWith("Hueco entre 70 y 70.5:");
        }

        @Test
        void unTraslape() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("0", "75", ROJO),
                    rango("70", "95", AMARILLO), rango("95", null, VERDE)));

            assertThat(error.getMessage())
                    .isEqualTo("Traslape entre 70 y 75: ROJO [0, 75) se encima con AMARILLO [70, 95)");
        }

        @Test
        void dosRangosQueEmpiezanIgualSeTraslapan() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("0", "70", ROJO),
                    rango("0", "95", AMARILLO), rango("95", null, VERDE)));

            assertThat(error.getMessage()).startsWith("Traslape entre 0 y 70:");
        }

        @Test
        void unRangoDentroDeOtro() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("0", "95", ROJO),
                    rango("70", "80", AMARILLO), rango("95", null, VERDE)));

            assertThat(error.getMessage()).startsWith("Traslape entre 70 y 95:");
        }

        @Test
        void noEmpiezaEnCero() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("5", "70", ROJO),
                    rango("70", null, VERDE)));

            assertThat(error.getMessage()).isEqualTo("El primer rango debe empezar en 0 y ROJO [5, 70) empieza en 5");
        }

        @Test
        void empiezaPorDebajoDeCero() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("-10", "70", ROJO),
                    rango("70", null, VERDE)));

            assertThat(error.getMessage()).endsWith("empieza en -10");
        }

        @Test
        void elUltimoRangoCerrado() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("0", "70", ROJO),
                    rango("70", "95", AMARILLO), rango("95", "116", VERDE), rango("116", "200", EXCEDIDO)));

            assertThat(error.getMessage()).isEqualTo(
                    "El último rango EXCEDIDO [116, 200) debe ser abierto (sin 'hasta') para cubrir cualquier avance mayor");
        }

        @Test
        void unRangoAbiertoQueNoEsElUltimo() {
            DefinicionInvalidaException error = rechazo(() -> parametros(rango("0", null, ROJO),
                    rango("95", null, VERDE)));

            assertThat(error.getMessage())
                    .isEqualTo("Solo el último rango puede ser abierto y ROJO [0, ∞) va antes de VERDE [95, ∞)");
        }

        @Test
        void sinRangos() {
            assertThat(rechazo(() -> new ParametrosSemaforo(List.of())).getMessage())
                    .isEqualTo("Se requiere al menos un rango");
            assertThat(rechazo(() -> new ParametrosSemaforo(null)).getMessage())
                    .isEqualTo("Se requiere al menos un rango");
        }

        @Test
        void unRangoNulo() {
            assertThat(rechazo(() -> parametros(rango("0", null, VERDE), null)).getMessage())
                    .isEqualTo("Hay un rango nulo");
        }

        @Test
        void unRangoVacioOInvertido() {
            assertThat(rechazo(() -> rango("70", "70", AMARILLO)).getMessage())
                    .isEqualTo("El rango AMARILLO [70, 70) está vacío: 'desde' debe ser menor que 'hasta'");
            assertThat(rechazo(() -> rango("95", "70", AMARILLO)).getMessage())
                    .isEqualTo("El rango AMARILLO [95, 70) está vacío: 'desde' debe ser menor que 'hasta'");
        }

        @Test
        void unRangoSinDesdeOSinColor() {
            assertThat(rechazo(() -> new RangoSemaforo(null, BigDecimal.TEN, ROJO)).getMessage())
                    .isEqualTo("Un rango no tiene 'desde'");
            assertThat(rechazo(() -> new RangoSemaforo(BigDecimal.ZERO, BigDecimal.TEN, null)).getMessage())
                    .isEqualTo("El rango que empieza en 0 no tiene color");
        }
    }

    @Nested
    class TextoPublicado {

        @Test
        void elDelPrimerIndicadorDeLaSemilla() {
            assertThat(ParametrosSemaforo.porDefecto(Comportamiento.ASCENDENTE).comoTextoPublicado()).containsExactly(
                    "ROJO 0.0% - 69.9%",
                    "AMARILLO 70.0% - 94.9%",
                    "VERDE 95.0% - 115.9%",
                    "EXCEDIDO >= 116.0%");
        }

        @Test
        void elDelSegundoIndicadorDeLaSemilla() {
            ParametrosSemaforo semaforo = parametros(rango("0", "90", ROJO), rango("90", "95", AMARILLO),
                    rango("95", "116", VERDE), rango("116", null, EXCEDIDO));

            assertThat(semaforo.comoTextoPublicado()).containsExactly(
                    "ROJO 0.0% - 89.9%",
                    "AMARILLO 90.0% - 94.9%",
                    "VERDE 95.0% - 115.9%",
                    "EXCEDIDO >= 116.0%");
        }

        @Test
        void elDeUnIndicadorRegular() {
            assertThat(ParametrosSemaforo.porDefecto(Comportamiento.REGULAR).comoTextoPublicado()).containsExactly(
                    "ROJO 0.0% - 84.9%",
                    "AMARILLO 85.0% - 94.9%",
                    "VERDE 95.0% - 105.9%",
                    "AMARILLO 106.0% - 115.9%",
                    "EXCEDIDO >= 116.0%");
        }

        @Test
        void limitesConMasDeUnDecimalQuedanDentroDelRango() {
            // [0, 70.05) holds 70.0 but not 70.1; [70.05, ∞) starts being printable at 70.1.
            ParametrosSemaforo semaforo = parametros(rango("0", "70.05", ROJO), rango("70.05", "80.5", AMARILLO),
                    rango("80.5", null, VERDE));

            assertThat(semaforo.comoTextoPublicado()).containsExactly(
                    "ROJO 0.0% - 70.0%",
                    "AMARILLO 70.1% - 80.4%",
                    "VERDE >= 80.5%");
        }
    }
}
