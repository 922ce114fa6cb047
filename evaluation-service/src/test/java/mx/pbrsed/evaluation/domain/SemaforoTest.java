package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.Datos.bd;
import static mx.pbrsed.evaluation.domain.Datos.rango;
import static mx.pbrsed.evaluation.domain.Datos.semaforo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemaforoTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0.00,      ROJO",
        "0,         ROJO",
        "69.99,     ROJO",
        "70.00,     AMARILLO",
        "71.90,     AMARILLO",
        "94.99,     AMARILLO",
        "95.00,     VERDE",
        "100.00,    VERDE",
        "115.99,    VERDE",
        "116.00,    EXCEDIDO",
        "250.00,    EXCEDIDO",
        "100000000, EXCEDIDO",
    })
    void predeterminadoConLimitesSemiabiertos(String avance, Color color) {
        assertThat(Datos.semaforoPredeterminado().colorDe(bd(avance))).isEqualTo(color);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "89.99,  ROJO",
        "90.00,  AMARILLO",
        "94.99,  AMARILLO",
        "95.00,  VERDE",
        "100.00, VERDE",
        "116.00, EXCEDIDO",
    })
    void segundoIndicadorDeLaSemilla(String avance, Color color) {
        assertThat(Datos.SEMAFORO_PROGRAMAS.colorDe(bd(avance))).isEqualTo(color);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0.00,   ROJO",
        "84.99,  ROJO",
        "85.00,  AMARILLO",
        "94.99,  AMARILLO",
        "95.00,  VERDE",
        "104.99, VERDE",
        "105.00, AMARILLO",
        "114.99, AMARILLO",
        "115.00, ROJO",
        "300.00, ROJO",
    })
    void bandaDeDosLadosParaRegular(String avance, Color color) {
        assertThat(Datos.SEMAFORO_REGULAR.colorDe(bd(avance))).isEqualTo(color);
    }

    @ParameterizedTest
    @CsvSource({"-0.01", "-20.00", "-1000"})
    void avanceNegativoTomaElColorDelPrimerRango(String avance) {
        assertThat(Datos.semaforoPredeterminado().colorDe(bd(avance))).isEqualTo(Color.ROJO);
        assertThat(semaforo("VERDE 0 10", "ROJO 10").colorDe(bd(avance))).isEqualTo(Color.VERDE);
    }

    @Test
    void limitesConEscalaDistintaSeComparanPorValor() {
        Semaforo s = semaforo("ROJO 0.0 70.00", "VERDE 70");
        assertThat(s.colorDe(bd("70"))).isEqualTo(Color.VERDE);
        assertThat(s.colorDe(bd("69.999"))).isEqualTo(Color.ROJO);
    }

    @Test
    void colorAbiertoEsElDelRangoSuperior() {
        assertThat(Datos.semaforoPredeterminado().colorAbierto()).isEqualTo(Color.EXCEDIDO);
        assertThat(Datos.SEMAFORO_REGULAR.colorAbierto()).isEqualTo(Color.ROJO);
        assertThat(semaforo("VERDE 0").colorAbierto()).isEqualTo(Color.VERDE);
    }

    @Test
    void unSoloRangoAbiertoCubreTodo() {
        assertThat(semaforo("VERDE 0").colorDe(bd("12345.67"))).isEqualTo(Color.VERDE);
    }

    @Test
    void rechazaListaVacia() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Semaforo(List.of()));
        assertThatNullPointerException().isThrownBy(() -> new Semaforo(null));
    }

    @Test
    void rechazaQueNoEmpieceEnCero() {
        assertThatIllegalArgumentException().isThrownBy(() -> semaforo("ROJO 1 70", "VERDE 70"));
        assertThatIllegalArgumentException().isThrownBy(() -> semaforo("ROJO -10 70", "VERDE 70"));
    }

    @Test
    void rechazaHuecos() {
        assertThatIllegalArgumentException().isThrownBy(() -> semaforo("ROJO 0 70", "AMARILLO 71 95", "VERDE 95"));
    }

    @Test
    void rechazaTraslapes() {
        assertThatIllegalArgumentException().isThrownBy(() -> semaforo("ROJO 0 70", "AMARILLO 69 95", "VERDE 95"));
    }

    @Test
    void rechazaRangosDesordenados() {
        assertThatIllegalArgumentException().isThrownBy(() -> semaforo("AMARILLO 70 95", "ROJO 0 70", "VERDE 95"));
    }

    @Test
    void rechazaRangoAbiertoQueNoEsElUltimo() {
        assertThatIllegalArgumentException().isThrownBy(() -> semaforo("ROJO 0", "VERDE 70"));
    }

    @Test
    void rechazaUltimoRangoCerrado() {
        assertThatIllegalArgumentException().isThrownBy(() -> semaforo("ROJO 0 70", "VERDE 70 116"));
    }

    @Test
    void rechazaRangosVaciosOInvertidos() {
        assertThatIllegalArgumentException().isThrownBy(() -> rango("ROJO 70 70"));
        assertThatIllegalArgumentException().isThrownBy(() -> rango("ROJO 70 10"));
        assertThatNullPointerException().isThrownBy(() -> new RangoSemaforo(null, BigDecimal.TEN, Color.ROJO));
        assertThatNullPointerException().isThrownBy(() -> new RangoSemaforo(BigDecimal.ZERO, BigDecimal.TEN, null));
    }

    @Test
    void copiaLaListaYEsInmutable() {
        List<RangoSemaforo> rangos = new ArrayList<>(List.of(rango("ROJO 0 70"), rango("VERDE 70")));
        Semaforo s = new Semaforo(rangos);
        rangos.clear();
        assertThat(s.rangos()).hasSize(2);
        assertThatThrownBy(() -> s.rangos().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rangoContieneSuInicioPeroNoSuFin() {
        RangoSemaforo verde = rango("VERDE 95 116");
        assertThat(verde.contiene(bd("95"))).isTrue();
        assertThat(verde.contiene(bd("115.99"))).isTrue();
        assertThat(verde.contiene(bd("116"))).isFalse();
        assertThat(verde.contiene(bd("94.99"))).isFalse();
        assertThat(rango("EXCEDIDO 116").contiene(bd("1E+9"))).isTrue();
    }
}
