package mx.pbrsed.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionTest {

    @Test
    void loPrimeroQueLlegaSiempreSeToma() {
        assertThat(Version.de(1).reemplaza(null)).isTrue();
        assertThat(new Version(7, 3).reemplaza(null)).isTrue();
    }

    @ParameterizedTest(name = "v{0}.{1} sobre v{2}.{3}: {4}")
    @CsvSource({
        // a later version wins whatever the revisions
        "2, 0, 1, 0, true",
        "2, 0, 1, 5, true",
        "3, 1, 2, 9, true",
        // an older one never does, even with a higher revision
        "1, 0, 2, 0, false",
        "1, 9, 2, 0, false",
        // within a version, the workflow change (higher revision) wins
        "2, 1, 2, 0, true",
        "2, 2, 2, 1, true",
        "2, 0, 2, 1, false",
        // the same event redelivered changes nothing
        "1, 0, 1, 0, false",
        "2, 1, 2, 1, false",
    })
    void soloUnaPosteriorReemplazaALaVigente(int numero, int revision, int vigenteNumero, int vigenteRevision,
                                              boolean reemplaza) {
        assertThat(new Version(numero, revision).reemplaza(new Version(vigenteNumero, vigenteRevision)))
                .isEqualTo(reemplaza);
    }

    @Test
    void entreTodasLasParejasGanaSiempreLaMismaYNuncaLasDos() {
        for (int a = 0; a < 4; a++) {
            for (int ra = 0; ra < 4; ra++) {
                for (int b = 0; b < 4; b++) {
                    for (int rb = 0; rb < 4; rb++) {
                        Version una = new Version(a, ra);
                        Version otra = new Version(b, rb);
                        boolean iguales = a == b && ra == rb;
                        assertThat(una.reemplaza(otra) || otra.reemplaza(una)).isEqualTo(!iguales);
                        assertThat(una.reemplaza(otra) && otra.reemplaza(una)).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void sinRevisionEsLaRevisionCero() {
        assertThat(Version.de(4)).isEqualTo(new Version(4, 0));
    }
}
