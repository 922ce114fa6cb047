package mx.pbrsed.evaluation.domain;

import static mx.pbrsed.evaluation.domain.AlertaTemprana.Decision.ACTUALIZAR;
import static mx.pbrsed.evaluation.domain.AlertaTemprana.Decision.ANUNCIAR;
import static mx.pbrsed.evaluation.domain.AlertaTemprana.Decision.NINGUNA;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change of the projected colour is announced once, whatever a replay walks through again. */
class AlertaTempranaTest {

    /** definicion, then each quarter's captura as "v.r" or "-". */
    private static Procedencia p(int definicion, String... capturas) {
        return Procedencia.leer(definicion + (capturas.length == 0 ? "" : ";" + String.join(";", capturas)));
    }

    @Test
    void unaPrimeraProyeccionSeAnunciaSoloSiEstaEnRiesgo() {
        assertThat(AlertaTemprana.decidir(null, Color.ROJO, p(1, "-", "1.0"))).isEqualTo(ANUNCIAR);
        assertThat(AlertaTemprana.decidir(null, Color.EXCEDIDO, p(1, "1.0"))).isEqualTo(ANUNCIAR);
        assertThat(AlertaTemprana.decidir(null, Color.VERDE, p(1, "1.0"))).isEqualTo(ACTUALIZAR);
        assertThat(AlertaTemprana.decidir(null, null, p(1, "1.0"))).isEqualTo(NINGUNA);
    }

    @Test
    void unCambioDeColorConInsumosMasNuevosSeAnunciaYElMismoColorSoloSeActualiza() {
        var rojo = new AlertaTemprana(Color.ROJO, p(1, "-", "1.0"));

        assertThat(AlertaTemprana.decidir(rojo, Color.VERDE, p(1, "-", "2.0"))).isEqualTo(ANUNCIAR);
        assertThat(AlertaTemprana.decidir(rojo, Color.AMARILLO, p(2, "-", "1.0"))).isEqualTo(ANUNCIAR);
        assertThat(AlertaTemprana.decidir(rojo, Color.VERDE, p(1, "1.0", "1.0"))).isEqualTo(ANUNCIAR);
        assertThat(AlertaTemprana.decidir(rojo, Color.ROJO, p(1, "-", "1.1"))).isEqualTo(ACTUALIZAR);
        assertThat(AlertaTemprana.decidir(rojo, Color.ROJO, p(1, "-", "1.0"))).isEqualTo(NINGUNA);
        // the same inputs with another colour: the engine changed, so it is news
        assertThat(AlertaTemprana.decidir(rojo, Color.VERDE, p(1, "-", "1.0"))).isEqualTo(ANUNCIAR);
        // no projection any more: the last alert stands
        assertThat(AlertaTemprana.decidir(rojo, null, p(1, "-", "2.0"))).isEqualTo(NINGUNA);
    }

    /** Live: v1 ROJO, v2 VERDE, definition 2 AMARILLO. A rebuild replays definition 2 first, then v1, then v2. */
    @Test
    void loQueUnaRepeticionRecorreDeNuevoNoSeAnuncia() {
        var vigente = new AlertaTemprana(Color.AMARILLO, p(2, "-", "2.0"));

        for (Procedencia repetida : List.of(p(2, "-", "-"), p(2, "-", "1.0"), p(1, "-", "2.0"), p(1, "-", "1.0"))) {
            for (Color color : Color.values()) {
                assertThat(AlertaTemprana.decidir(vigente, color, repetida)).as("%s %s", repetida, color)
                        .isEqualTo(NINGUNA);
            }
        }
        assertThat(AlertaTemprana.decidir(vigente, Color.AMARILLO, p(2, "-", "2.0"))).isEqualTo(NINGUNA);
    }

    @Test
    void laProcedenciaSeGuardaComoTextoYSeLeeIgual() {
        Procedencia procedencia = new Procedencia(3, Arrays.asList(new Version(1, 0), null, new Version(2, 1)));

        assertThat(procedencia.texto()).isEqualTo("3;1.0;-;2.1");
        assertThat(Procedencia.leer(procedencia.texto())).isEqualTo(procedencia);
        assertThat(Procedencia.leer("1")).isEqualTo(new Procedencia(1, List.of()));
    }

    @Test
    void ningunaCapturaEsMasViejaQueCualquiera() {
        assertThat(p(1, "1.0").alMenosTanNuevaComo(p(1, "-"))).isTrue();
        assertThat(p(1, "-").alMenosTanNuevaComo(p(1, "1.0"))).isFalse();
        assertThat(p(2, "1.0").alMenosTanNuevaComo(p(1, "1.1"))).isFalse();
        assertThat(p(2, "1.1").alMenosTanNuevaComo(p(1, "1.1"))).isTrue();
    }
}
