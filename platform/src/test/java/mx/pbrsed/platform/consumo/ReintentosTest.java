package mx.pbrsed.platform.consumo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** The retry runs Fault Tolerance's real guard, with waits short enough for a unit test. */
class ReintentosTest {
    private static final Duration PRIMERA = Duration.ofMillis(20);
    private static final Duration MAXIMA = Duration.ofMillis(160);
    private static final Error RETENIDO = new Error("esperando a que la JVM termine");

    private final SimpleMeterRegistry metricas = new SimpleMeterRegistry();
    private final AtomicInteger transacciones = new AtomicInteger();
    private final Reintentos reintentos = new Reintentos(metricas, PRIMERA, MAXIMA, aplicacion -> {
        transacciones.incrementAndGet();
        aplicacion.run();
    }, duracion -> {
        throw RETENIDO;
    });

    @Test
    void unaFallaTransitoriaSeReintentaEnUnaTransaccionNuevaConEsperasQueSeDuplicanHastaLaMaxima() {
        List<Long> intentos = new ArrayList<>();
        reintentos.aplicar("capturas", () -> {
            intentos.add(System.nanoTime());
            if (intentos.size() <= 7) {
                throw transitoria();
            }
        });

        assertThat(intentos).hasSize(8);
        assertThat(transacciones).hasValue(8);
        assertThat(metricas.counter("pbrsed.eventos.reintentos", "canal", "capturas").count()).isEqualTo(7);
        long[] esperadas = {20, 40, 80, 160, 160, 160, 160};
        for (int i = 0; i < esperadas.length; i++) {
            long espera = TimeUnit.NANOSECONDS.toMillis(intentos.get(i + 1) - intentos.get(i));
            assertThat(espera).as("espera antes del intento %d", i + 2).isGreaterThanOrEqualTo(esperadas[i]);
            if (esperadas[i] == MAXIMA.toMillis()) {
                // still doubling, it would be 320 ms and more
                assertThat(espera).as("espera antes del intento %d", i + 2).isLessThan(2 * MAXIMA.toMillis());
            }
        }
    }

    @Test
    void laSerieDeReintentosDeUnCanalExisteDesdeSuPrimerEvento() {
        reintentos.aplicar("programas", () -> { });
        assertThat(metricas.find("pbrsed.eventos.reintentos").tag("canal", "programas").counter())
                .isNotNull()
                .extracting(c -> c.count()).isEqualTo(0.0);
        assertThat(transacciones).hasValue(1);
    }

    @Test
    void otraFallaSeLanzaSinReintentarParaQueElRegistroVayaALaColaDeMuertos() {
        var intentos = new AtomicInteger();
        assertThatThrownBy(() -> reintentos.aplicar("capturas", () -> {
            intentos.incrementAndGet();
            throw new IllegalArgumentException("evento sin indicadorId");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("evento sin indicadorId");
        assertThat(intentos).hasValue(1);
        assertThat(metricas.counter("pbrsed.eventos.reintentos", "canal", "capturas").count()).isZero();
    }

    @Test
    void unaViolacionDeUnicidadSeAplicaOtraVezUnaSolaVez() {
        var intentos = new AtomicInteger();
        reintentos.aplicar("indicadores", () -> {
            if (intentos.incrementAndGet() == 1) {
                throw unicidadViolada();
            }
        });
        assertThat(intentos).hasValue(2);
        assertThat(transacciones).as("each attempt in a transaction of its own").hasValue(2);

        var siempre = new AtomicInteger();
        assertThatThrownBy(() -> reintentos.aplicar("indicadores", () -> {
            siempre.incrementAndGet();
            throw unicidadViolada();
        })).isInstanceOf(ConstraintViolationException.class);
        assertThat(siempre).as("a second violation is thrown: the record is dead-lettered").hasValue(2);
    }

    @Test
    void alDetenerseLaAplicacionNingunaFallaSeLanzaNiSeReintentaYElRegistroQuedaSinConfirmar() {
        reintentos.alDetener(null);
        assertThatThrownBy(() -> reintentos.aplicar("capturas", () -> {
            throw new IllegalStateException("Session/EntityManager is closed");
        })).isSameAs(RETENIDO);

        var intentos = new AtomicInteger();
        assertThatThrownBy(() -> reintentos.aplicar("capturas", () -> {
            intentos.incrementAndGet();
            throw transitoria();
        })).isSameAs(RETENIDO);
        assertThat(intentos).hasValue(1);
    }

    @Test
    void interrumpidoMientrasEsperaReintentarNoLanzaLaFallaYElRegistroQuedaSinConfirmar() throws InterruptedException {
        var lenta = new Reintentos(metricas, Duration.ofSeconds(30), Duration.ofSeconds(60), Runnable::run, duracion -> {
            throw RETENIDO;
        });
        var fallo = new CountDownLatch(1);
        var desenlace = new AtomicReference<Throwable>();
        var consumidor = new Thread(() -> {
            try {
                lenta.aplicar("capturas", () -> {
                    fallo.countDown();
                    throw transitoria();
                });
            } catch (Throwable t) {
                desenlace.set(t);
            }
        });
        consumidor.start();
        assertThat(fallo.await(10, TimeUnit.SECONDS)).isTrue();

        consumidor.interrupt();
        consumidor.join(10_000);

        assertThat(consumidor.isAlive()).isFalse();
        assertThat(desenlace.get()).isSameAs(RETENIDO);
    }

    private static ConstraintViolationException unicidadViolada() {
        return new ConstraintViolationException("duplicate key", new SQLException("duplicate key value", "23505"),
                "indicador_pkey");
    }

    private static JDBCConnectionException transitoria() {
        return new JDBCConnectionException("PostgreSQL reiniciando", new SQLException("I/O", "08006"));
    }
}
