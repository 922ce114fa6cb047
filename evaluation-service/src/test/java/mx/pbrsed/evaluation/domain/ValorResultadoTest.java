package mx.pbrsed.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValorResultadoTest {
    private static final List<String> JUSTIFICACIONES = Arrays.asList(null, "", "   ", "\t\n", "Se reprogramaron metas");

    /** Every estado, every colour (and none) and every kind of justificación, with and without a captura. */
    @Test
    void faltaJustificacionSoloFueraDeVerdeCalculadoYSinTexto() {
        for (EstadoResultado estado : EstadoResultado.values()) {
            for (Color semaforo : colores()) {
                Resultado calculado = resultado(estado, semaforo);
                assertThat(ValorResultado.faltaJustificacion(calculado, null))
                        .as("%s %s sin captura", estado, semaforo)
                        .isEqualTo(estado == EstadoResultado.CALCULADO && semaforo != Color.VERDE);
                for (String justificacion : JUSTIFICACIONES) {
                    boolean sinTexto = justificacion == null || justificacion.isBlank();
                    assertThat(ValorResultado.faltaJustificacion(calculado, captura(justificacion)))
                            .as("%s %s justificación '%s'", estado, semaforo, justificacion)
                            .isEqualTo(estado == EstadoResultado.CALCULADO && semaforo != Color.VERDE && sinTexto);
                }
            }
        }
    }

    @Test
    void elValorLlevaLasCifrasDelMotorYLasVersionesDeLaCaptura() {
        Resultado calculado = new Resultado(4, EstadoResultado.CALCULADO, new BigDecimal("32822"), new BigDecimal("45649"),
                new BigDecimal("71.90"), Color.AMARILLO, "l", "m", "a");
        Proyeccion proyeccion = new Proyeccion(new BigDecimal("40000"), new BigDecimal("45649"), new BigDecimal("87.63"),
                Color.AMARILLO, "p");
        ValorResultado valor = ValorResultado.de(calculado, proyeccion, 3,
                new CapturaVigente(2, "VALIDADA", true, false, "Menos solicitudes"));

        assertThat(valor).isEqualTo(new ValorResultado(EstadoResultado.CALCULADO, new BigDecimal("32822"),
                new BigDecimal("45649"), new BigDecimal("71.90"), Color.AMARILLO, "l", "m", "a", 3, 2, "VALIDADA", true,
                false, false, proyeccion));
    }

    @Test
    void sinCapturaNoHayVersionNiEstadoDeCaptura() {
        ValorResultado valor = ValorResultado.de(resultado(EstadoResultado.SIN_CAPTURA, null), null, 1, null);

        assertThat(valor.capturaVersion()).isNull();
        assertThat(valor.capturaEstado()).isNull();
        assertThat(valor.tardia()).isFalse();
        assertThat(valor.preliminar()).isFalse();
        assertThat(valor.faltaJustificacion()).isFalse();
    }

    private static List<Color> colores() {
        List<Color> colores = new ArrayList<>(Arrays.asList(Color.values()));
        colores.add(null);
        return colores;
    }

    private static Resultado resultado(EstadoResultado estado, Color semaforo) {
        return new Resultado(1, estado, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("10.00"), semaforo, null, null, null);
    }

    private static CapturaVigente captura(String justificacion) {
        return new CapturaVigente(1, "ENVIADA", false, false, justificacion);
    }
}
