package mx.pbrsed.capture.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.stream.Collectors;
import mx.pbrsed.capture.service.CapturasAceptadas;
import mx.pbrsed.capture.service.CapturasVencidas;

/**
 * {@code pbrsed.capturas.aceptadas}, {@code pbrsed.capturas.tardias} and
 * {@code pbrsed.capturas.vencidas}, tagged {@code ur}, {@code ejercicio} and {@code trimestre}
 * (URs x years x 4 series at most), counted once the transaction that stored or announced them
 * committed. A batch counts each of its capturas.
 */
@ApplicationScoped
public class CapturaMetrics {
    private final MeterRegistry metricas;

    public CapturaMetrics(MeterRegistry metricas) {
        this.metricas = metricas;
    }

    void aceptadas(@Observes(during = TransactionPhase.AFTER_SUCCESS) CapturasAceptadas aceptadas) {
        contar("pbrsed.capturas.aceptadas", aceptadas.capturas().stream()
                .collect(Collectors.groupingBy(c -> tags(c.unidadResponsable(), c.ejercicio(), c.trimestre()),
                        Collectors.counting())));
        contar("pbrsed.capturas.tardias", aceptadas.capturas().stream().filter(CapturasAceptadas.Periodo::tardia)
                .collect(Collectors.groupingBy(c -> tags(c.unidadResponsable(), c.ejercicio(), c.trimestre()),
                        Collectors.counting())));
    }

    void vencidas(@Observes(during = TransactionPhase.AFTER_SUCCESS) CapturasVencidas vencidas) {
        contar("pbrsed.capturas.vencidas", vencidas.periodos().stream()
                .collect(Collectors.groupingBy(v -> tags(v.unidadResponsable(), v.ejercicio(), v.trimestre()),
                        Collectors.counting())));
    }

    private void contar(String nombre, Map<Tags, Long> porPeriodo) {
        porPeriodo.forEach((tags, cuantas) -> metricas.counter(nombre, tags).increment(cuantas));
    }

    private static Tags tags(String unidadResponsable, int ejercicio, int trimestre) {
        return Tags.of("ur", unidadResponsable, "ejercicio", Integer.toString(ejercicio),
                "trimestre", Integer.toString(trimestre));
    }
}
