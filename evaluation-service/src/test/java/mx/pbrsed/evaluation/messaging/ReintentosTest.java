package mx.pbrsed.evaluation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ReintentosTest {
    private final SimpleMeterRegistry metricas = new SimpleMeterRegistry();
    private final List<Duration> esperas = new ArrayList<>();
    private final Reintentos reintentos = new Reintentos(metricas, esperas::add);

    @Test
    void unaFallaTransitoriaSeReintentaConEsperasQueSeDuplicanHastaDiezSegundos() {
        var intentos = new AtomicInteger();
        reintentos.aplicar("capturas", () -> {
            if (intentos.incrementAndGet() <= 7) {
                throw new JDBCConnectionException("PostgreSQL reiniciando", new SQLException("I/O", "08006"));
            }
        });
        assertThat(intentos).hasValue(8);
        assertThat(esperas).extracting(Duration::toMillis).containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 10000L, 10000L);
        assertThat(metricas.counter("pbrsed.eventos.reintentos", "canal", "capturas").count()).isEqualTo(7);
    }

    @Test
    void laSerieDeReintentosDeUnCanalExisteDesdeSuPrimerEvento() {
        reintentos.aplicar("programas", () -> { });
        assertThat(metricas.find("pbrsed.eventos.reintentos").tag("canal", "programas").counter())
                .isNotNull()
                .extracting(c -> c.count()).isEqualTo(0.0);
        assertThat(esperas).isEmpty();
    }

    @Test
    void otraFallaSeLanzaSinReintentarParaQueElRegistroVayaALaColaDeMuertos() {
        var intentos = new AtomicInteger();
        assertThatThrownBy(() -> reintentos.aplicar("capturas", () -> {
            intentos.incrementAndGet();
            throw new IllegalArgumentException("evento sin indicadorId");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(intentos).hasValue(1);
        assertThat(esperas).isEmpty();
    }

    @Test
    void alDetenerseLaAplicacionNingunaFallaSeLanzaYElRegistroQuedaSinConfirmar() {
        var retenido = new Error("esperando a que la JVM termine");
        var deteniendose = new Reintentos(metricas, duracion -> {
            throw retenido;
        });
        deteniendose.alDetener(null);
        assertThatThrownBy(() -> deteniendose.aplicar("capturas", () -> {
            throw new IllegalStateException("Session/EntityManager is closed");
        })).isSameAs(retenido);
    }
}
