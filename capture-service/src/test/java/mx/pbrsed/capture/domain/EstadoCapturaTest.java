package mx.pbrsed.capture.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EstadoCapturaTest {

    @Test
    void unaCapturaEnviadaSeValidaOSeDevuelveConComentario() {
        assertThat(EstadoCaptura.ENVIADA.revisar(EstadoCaptura.VALIDADA, null)).isEqualTo(EstadoCaptura.VALIDADA);
        assertThat(EstadoCaptura.ENVIADA.revisar(EstadoCaptura.DEVUELTA, "V1 no cuadra")).isEqualTo(EstadoCaptura.DEVUELTA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void devolverSinComentarioSeRechazaNombrandoElCampo(String comentario) {
        assertThatThrownBy(() -> EstadoCaptura.ENVIADA.revisar(EstadoCaptura.DEVUELTA, comentario))
                .isInstanceOfSatisfying(CapturaRechazadaException.class, e -> assertThat(e.campo()).isEqualTo("comentario"));
        assertThatThrownBy(() -> EstadoCaptura.ENVIADA.revisar(EstadoCaptura.DEVUELTA, null))
                .isInstanceOf(CapturaRechazadaException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ENVIADA, ENVIADA", "VALIDADA, VALIDADA", "VALIDADA, DEVUELTA", "VALIDADA, ENVIADA",
        "DEVUELTA, VALIDADA", "DEVUELTA, DEVUELTA", "DEVUELTA, ENVIADA",
    })
    void ningunaOtraTransicionEstaPermitida(EstadoCaptura actual, EstadoCaptura destino) {
        assertThatThrownBy(() -> actual.revisar(destino, "comentario"))
                .isInstanceOfSatisfying(TransicionNoPermitidaException.class, e -> {
                    assertThat(e.actual()).isEqualTo(actual);
                    assertThat(e.destino()).isEqualTo(destino);
                    assertThat(e.getMessage()).contains(actual.name()).contains(destino.name());
                });
    }
}
