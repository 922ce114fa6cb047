package mx.pbrsed.evaluation.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.repository.ResultadoRepository;
import mx.pbrsed.evaluation.repository.ResultadoRepository.PorSemaforo;
import mx.pbrsed.evaluation.service.CapturaEvaluada;

/**
 * {@code pbrsed.captura.resultado}: the time from a captura's {@code capturadoEn} to its result
 * committed here, in buckets from 50 ms to 60 s. {@code pbrsed.resultados{ejercicio,trimestre,semaforo}}:
 * the current results per colour ({@code SIN_SEMAFORO} for those without one), counted on a
 * schedule rather than per scrape. {@code pbrsed.indicadores.en.riesgo{ur,ejercicio,trimestre}}: the
 * indicator-periods whose year-end projection is not VERDE, per UR ({@code SIN_UR} while the
 * catalog's programa is unknown here), on the same schedule; every UR-period before Q4 with results
 * is reported, 0 included.
 */
@Startup
@ApplicationScoped
public class ResultadoMetrics {
    static final String SIN_SEMAFORO = "SIN_SEMAFORO";
    static final String SIN_UR = "SIN_UR";
    private static final Duration[] BUCKETS = Stream.of(50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000)
            .map(Duration::ofMillis).toArray(Duration[]::new);
    /** Every colour of a period present is reported, so one that empties drops to 0 instead of vanishing. */
    private static final List<String> SEMAFOROS = Stream.concat(Stream.of(Color.values()).map(Enum::name),
            Stream.of(SIN_SEMAFORO)).toList();

    private record Periodo(int ejercicio, int trimestre) {
    }

    private final ResultadoRepository resultados;
    private final Timer delCapturaAlResultado;
    private final MultiGauge porSemaforo;
    private final MultiGauge enRiesgo;

    public ResultadoMetrics(ResultadoRepository resultados, MeterRegistry metricas) {
        this.resultados = resultados;
        this.delCapturaAlResultado = Timer.builder("pbrsed.captura.resultado")
                .description("From a captura's capturadoEn to its result committed by evaluation-service")
                .serviceLevelObjectives(BUCKETS)
                .register(metricas);
        this.porSemaforo = MultiGauge.builder("pbrsed.resultados")
                .description("Current results per ejercicio, trimestre and semaforo colour")
                .register(metricas);
        this.enRiesgo = MultiGauge.builder("pbrsed.indicadores.en.riesgo")
                .description("Indicator-periods whose year-end projection is not VERDE, per UR, ejercicio and trimestre")
                .register(metricas);
    }

    void capturaEvaluada(@Observes(during = TransactionPhase.AFTER_SUCCESS) CapturaEvaluada evaluada) {
        if (evaluada.capturadoEn() == null) {
            return;
        }
        Duration demora = Duration.between(evaluada.capturadoEn(), OffsetDateTime.now());
        // another machine's clock may be ahead of this one
        delCapturaAlResultado.record(demora.isNegative() ? Duration.ZERO : demora);
    }

    @ActivateRequestContext
    @Scheduled(every = "${pbr.metricas.resultados-intervalo:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void actualizarSemaforos() {
        List<PorSemaforo> conteos;
        try {
            conteos = resultados.porSemaforo();
        } catch (RuntimeException e) {
            Log.debugf("pbrsed.resultados keeps its last values: %s", e.getMessage());
            return;
        }
        Map<Periodo, Map<String, Long>> porPeriodo = new HashMap<>();
        for (PorSemaforo conteo : conteos) {
            porPeriodo.computeIfAbsent(new Periodo(conteo.ejercicio(), conteo.trimestre()), p -> new HashMap<>())
                    .merge(conteo.semaforo() == null ? SIN_SEMAFORO : conteo.semaforo().name(), conteo.resultados(), Long::sum);
        }
        List<MultiGauge.Row<?>> filas = new ArrayList<>();
        porPeriodo.forEach((periodo, colores) -> {
            for (String semaforo : SEMAFOROS) {
                filas.add(MultiGauge.Row.of(Tags.of("ejercicio", Integer.toString(periodo.ejercicio()),
                        "trimestre", Integer.toString(periodo.trimestre()), "semaforo", semaforo),
                        colores.getOrDefault(semaforo, 0L)));
            }
        });
        porSemaforo.register(filas, true);
        actualizarRiesgo();
    }

    private void actualizarRiesgo() {
        List<ResultadoRepository.RiesgoPorUr> conteos;
        try {
            conteos = resultados.riesgoPorUr();
        } catch (RuntimeException e) {
            Log.debugf("pbrsed.indicadores.en.riesgo keeps its last values: %s", e.getMessage());
            return;
        }
        enRiesgo.register(conteos.stream()
                .<MultiGauge.Row<?>>map(c -> MultiGauge.Row.of(Tags.of("ur", c.ur() == null ? SIN_UR : c.ur(),
                        "ejercicio", Integer.toString(c.ejercicio()), "trimestre", Integer.toString(c.trimestre())),
                        c.enRiesgo()))
                .toList(), true);
    }
}
