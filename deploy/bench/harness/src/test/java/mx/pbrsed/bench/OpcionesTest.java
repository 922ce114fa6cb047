package mx.pbrsed.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpcionesTest {

    @Test
    void readsNameValuePairs() {
        Opciones o = Opciones.de("--periodos", "2000", "--resultados", "/tmp/r.properties", "--escala", "completa");

        assertThat(o.entero("periodos")).isEqualTo(2000);
        assertThat(o.ruta("resultados")).isEqualTo(Path.of("/tmp/r.properties"));
        assertThat(o.completa()).isTrue();
    }

    @Test
    void theScaleIsSmallUnlessSaidOtherwise() {
        assertThat(Opciones.de().completa()).isFalse();
        assertThat(Opciones.de("--escala", "pequena").completa()).isFalse();
    }

    @Test
    void aMissingOptionIsNamed() {
        assertThatThrownBy(() -> Opciones.de("--capture", "http://127.0.0.1:8082").texto("catalog"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("falta --catalog");
    }

    @Test
    void anOptionWithoutValueOrWithoutDashesIsRefused() {
        assertThatThrownBy(() -> Opciones.de("--escala")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Opciones.de("escala", "pequena")).hasMessageContaining("se esperaba --opcion");
    }
}
