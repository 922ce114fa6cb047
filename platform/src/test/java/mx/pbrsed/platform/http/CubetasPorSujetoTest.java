package mx.pbrsed.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CubetasPorSujetoTest {
    private final AtomicLong reloj = new AtomicLong();
    private final CubetasPorSujeto cubetas = new CubetasPorSujeto(2, 5, 3, reloj::get);

    @Test
    void admiteLaRafagaYLuegoRechazaConElTiempoParaReintentar() {
        for (int i = 0; i < 5; i++) {
            assertThat(cubetas.tomar("ana").admitida()).isTrue();
        }
        var rechazo = cubetas.tomar("ana");
        assertThat(rechazo.admitida()).isFalse();
        assertThat(rechazo.restantes()).isZero();
        assertThat(rechazo.segundosParaReintentar()).isEqualTo(1);
        assertThat(rechazo.segundosParaLlenarse()).isEqualTo(3);
    }

    @Test
    void rellenaAlRitmoConfiguradoSinPasarDeLaRafaga() {
        for (int i = 0; i < 5; i++) {
            cubetas.tomar("ana");
        }
        reloj.addAndGet(1_000_000_000L);
        assertThat(cubetas.tomar("ana").restantes()).isEqualTo(1);
        reloj.addAndGet(3_600_000_000_000L);
        assertThat(cubetas.tomar("ana").restantes()).isEqualTo(4);
    }

    @Test
    void cadaSujetoTieneSuPropiaCubeta() {
        for (int i = 0; i < 5; i++) {
            cubetas.tomar("ana");
        }
        assertThat(cubetas.tomar("ana").admitida()).isFalse();
        assertThat(cubetas.tomar("beto").admitida()).isTrue();
    }

    @Test
    void pasadoElMaximoOlvidaALosSujetosConLaCubetaLlena() {
        cubetas.tomar("a");
        cubetas.tomar("b");
        cubetas.tomar("c");
        reloj.addAndGet(10_000_000_000L);
        cubetas.tomar("d");
        assertThat(cubetas.sujetos()).isEqualTo(1);
    }

    @Test
    void noOlvidaAUnSujetoQueAunDebeEscrituras() {
        for (int i = 0; i < 5; i++) {
            cubetas.tomar("ana");
        }
        cubetas.tomar("b");
        cubetas.tomar("c");
        cubetas.tomar("d");
        assertThat(cubetas.tomar("ana").admitida()).isFalse();
    }
}
