package mx.pbrsed.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import mx.pbrsed.bench.Cuerpos.CapturaCreada;

/**
 * An open-loop step of single POST /capturas: requests leave at fixed intervals whatever the
 * answers' latency, so a slow service shows as errors and latency, not as a slower client.
 */
final class CargaAbierta {
    static final Duration ESPERA_RESPUESTA = Duration.ofSeconds(10);
    private static final int MAX_EN_VUELO = 2000;

    private CargaAbierta() {
    }

    /** One step's outcome: rates in capturas/s, latencies in ms, errors by status or failure. */
    record Paso(double objetivo, double logrado, long ok, long errores, Map<String, Long> porCodigo, double p50, double p99,
                String cpu) {
        /** No errors and at least 90 % of the target rate achieved. */
        boolean sostenido() {
            return errores == 0 && logrado >= 0.9 * objetivo;
        }

        /** cpu: CPU ms per accepted captura by process, from the step's start until evaluation caught up. */
        Paso conCpu(String cpuPorCaptura) {
            return new Paso(objetivo, logrado, ok, errores, porCodigo, p50, p99, cpuPorCaptura);
        }

        String resumen() {
            return String.format(Locale.ROOT, "%.0f/s->%.1f/s ok=%d err=%d%s p50=%.0fms p99=%.0fms%s", objetivo, logrado, ok,
                    errores, porCodigo.isEmpty() ? "" : " " + porCodigo, p50, p99, cpu.isEmpty() ? "" : " cpu ms/captura: " + cpu);
        }
    }

    /** Chooses the requests whose captura is followed to evaluation, and follows each from its 201. */
    interface Muestreo {
        boolean muestrear(long indice);

        void seguir(Indicador ind, int trimestre, int version, long recibido201);
    }

    /** The status, and for a problem its type's last segment ("503 servicio-saturado"): which limit refused it. */
    private static String codigo(HttpResponse<String> respuesta) {
        String estado = String.valueOf(respuesta.statusCode());
        try {
            String tipo = Json.MAPPER.readTree(respuesta.body()).path("type").asText("");
            return tipo.isEmpty() ? estado : estado + " " + tipo.substring(tipo.lastIndexOf('/') + 1);
        } catch (JsonProcessingException e) {
            return estado;
        }
    }

    /** Sends round(tasa * segundos) capturas of random indicator-periods; muestreo may be null. */
    static Paso paso(List<Indicador> indicadores, String capture, double tasa, int segundos, Muestreo muestreo)
            throws InterruptedException {
        int total = (int) Math.round(tasa * segundos);
        long intervalo = (long) (1e9 / tasa);
        AtomicLong ok = new AtomicLong();
        AtomicLong errores = new AtomicLong();
        Map<String, LongAdder> porCodigo = new ConcurrentHashMap<>();
        long[] latencias = new long[total];
        AtomicInteger nLatencias = new AtomicInteger();
        AtomicInteger enVuelo = new AtomicInteger();
        AtomicLong ultima = new AtomicLong();
        URI uri = URI.create(capture + "/capturas");
        Random r = new Random(Double.doubleToLongBits(tasa));
        long t0 = System.nanoTime();
        ultima.set(t0);
        for (int i = 0; i < total; i++) {
            long espera = t0 + i * intervalo - System.nanoTime();
            if (espera > 0) {
                LockSupport.parkNanos(espera);
            }
            if (enVuelo.get() >= MAX_EN_VUELO) {
                errores.incrementAndGet();
                porCodigo.computeIfAbsent("cliente-saturado", k -> new LongAdder()).increment();
                continue;
            }
            Indicador ind = indicadores.get(r.nextInt(indicadores.size()));
            List<Integer> trimestres = ind.trimestres();
            int trimestre = trimestres.get(r.nextInt(trimestres.size()));
            boolean muestra = muestreo != null && muestreo.muestrear(i);
            HttpRequest req = Api.post(uri, ind.captura(trimestre, r), Acceso.capturista(ind.ur()), ESPERA_RESPUESTA);
            enVuelo.incrementAndGet();
            long inicio = System.nanoTime();
            Api.HTTP.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, ex) -> {
                long fin = System.nanoTime();
                latencias[nLatencias.getAndIncrement()] = fin - inicio;
                // the finally: a sample whose 201 cannot be read must not leave its request counted in flight
                try {
                    if (ex == null && resp.statusCode() == 201) {
                        ok.incrementAndGet();
                        if (muestra) {
                            muestreo.seguir(ind, trimestre, Json.leer(resp.body(), CapturaCreada.class).version(), fin);
                        }
                    } else {
                        errores.incrementAndGet();
                        Throwable causa = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
                        String codigo = causa != null ? causa.getClass().getSimpleName() : codigo(resp);
                        porCodigo.computeIfAbsent(codigo, k -> new LongAdder()).increment();
                    }
                } finally {
                    ultima.accumulateAndGet(fin, Math::max);
                    enVuelo.decrementAndGet();
                }
            });
        }
        long limite = System.nanoTime() + ESPERA_RESPUESTA.toNanos() + 5_000_000_000L;
        while (enVuelo.get() > 0 && System.nanoTime() < limite) {
            Thread.sleep(10);
        }
        if (enVuelo.get() > 0) {
            errores.addAndGet(enVuelo.get());
            porCodigo.computeIfAbsent("sin-respuesta", k -> new LongAdder()).add(enVuelo.get());
        }
        double transcurrido = Math.max(segundos, (ultima.get() - t0) / 1e9);
        long[] ms = Arrays.stream(Arrays.copyOf(latencias, Math.min(nLatencias.get(), total)))
                .map(n -> n / 1_000_000).sorted().toArray();
        Map<String, Long> codigos = new TreeMap<>();
        porCodigo.forEach((k, v) -> codigos.put(k, v.sum()));
        return new Paso(tasa, ok.get() / transcurrido, ok.get(), errores.get(), codigos,
                Percentiles.percentil(ms, 50), Percentiles.percentil(ms, 99), "");
    }
}
