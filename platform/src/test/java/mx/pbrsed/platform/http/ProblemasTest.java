package mx.pbrsed.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemasTest {

    @ParameterizedTest
    @ValueSource(strings = {"/programas/a b", "/programas/a'b", "/x/100%", "/x/<script>", "/x/\u0000", "/x/año", "/x/\ud800"})
    void laInstanciaSeConstruyeConCualquierRutaQueMandeUnCliente(String ruta) {
        var problema = Problemas.problema(404, "no-encontrado", "No encontrado", "No existe", ruta, List.of());
        assertThat(problema.instance().toString()).startsWith("/").doesNotContain(" ", "'", "<", "\u0000");
    }

    @Test
    void unaRutaComunQuedaIgual() {
        assertThat(Problemas.instancia("/programas/2023/E011/resumen").toString()).isEqualTo("/programas/2023/E011/resumen");
    }

    @Test
    void unaRutaEnormeSeRecorta() {
        assertThat(Problemas.instancia("/" + "x".repeat(100_000)).toString()).hasSizeLessThanOrEqualTo(2048 + 3);
    }

    @Test
    void elTipoYElEstadoVanEnElCuerpo() {
        var problema = Problemas.problema(409, "conflicto", "Conflicto", "detalle", "/x", List.of());
        assertThat(problema.type().toString()).isEqualTo("https://pbrsed.mx/problemas/conflicto");
        assertThat(problema.status()).isEqualTo(409);
    }
}
