package mx.pbrsed.platform.consumo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ConteoEventosTest {
    private final SimpleMeterRegistry metricas = new SimpleMeterRegistry();
    private final ConteoEventos conteo = new ConteoEventos(metricas);

    @Test
    void cadaRechazoCuentaConSuRazonDeUnConjuntoCerrado() {
        conteo.rechazado("indicadores", new EsquemaNoSoportadoException("2"));
        conteo.rechazado("indicadores", new JsonParseException(null, "esto no es JSON"));
        conteo.rechazado("indicadores", new IllegalArgumentException("evento sin indicadorId"));
        conteo.rechazado("indicadores", new IllegalStateException("otra"));

        assertThat(rechazados("esquema-no-soportado")).isEqualTo(1);
        assertThat(rechazados("json-invalido")).isEqualTo(1);
        assertThat(rechazados("error")).isEqualTo(2);
    }

    @Test
    void losAplicadosSeSumanYCeroNoCreaLaSerie() {
        conteo.aplicados("capturas", 0);
        assertThat(metricas.find("pbrsed.eventos.aplicados").counter()).isNull();

        conteo.aplicados("capturas", 3);
        conteo.aplicados("capturas", 1);
        assertThat(metricas.counter("pbrsed.eventos.aplicados", "canal", "capturas").count()).isEqualTo(4);
    }

    private double rechazados(String razon) {
        return metricas.counter("pbrsed.eventos.rechazados", "canal", "indicadores", "razon", razon).count();
    }
}
