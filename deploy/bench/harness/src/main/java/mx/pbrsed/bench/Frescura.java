package mx.pbrsed.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mx.pbrsed.bench.CargaAbierta.Paso;
import mx.pbrsed.bench.Cuerpos.ResultadosIndicador;

/**
 * Phase 3: freshness, from a captura's 201 until evaluation shows, for that trimestre, a
 * capturaVersion at least the one returned, for ~100 capturas of an open-loop run. A newer
 * version of the same period implies this one was applied first (same key, same partition, in
 * order).
 */
final class Frescura {
    private static final int SEGUNDOS = 15;
    private static final int MUESTRAS = 100;
    private static final Duration ESPERA_VISIBLE = Duration.ofSeconds(30);
    private static final long SONDEO_MS = 20;

    private Frescura() {
    }

    static void medir(String evaluation, List<Indicador> indicadores, String capture, double tasa, RetrasoEvaluacion retraso,
                      Resultados resultados) throws InterruptedException {
        int total = (int) Math.round(tasa * SEGUNDOS);
        int cada = Math.max(1, total / MUESTRAS);
        List<Long> tiempos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger noVistas = new AtomicInteger();
        AtomicInteger pendientes = new AtomicInteger();
        ScheduledExecutorService sondeo = Executors.newScheduledThreadPool(4, Bench::demonio);
        CargaAbierta.Muestreo muestreo = new CargaAbierta.Muestreo() {
            @Override
            public boolean muestrear(long indice) {
                return indice % cada == 0;
            }

            @Override
            public void seguir(Indicador ind, int trimestre, int version, long recibido201) {
                pendientes.incrementAndGet();
                HttpRequest consulta = HttpRequest.newBuilder(URI.create(evaluation + "/indicadores/" + ind.id() + "/resultados"))
                        .timeout(CargaAbierta.ESPERA_RESPUESTA).header("Authorization", "Bearer " + Acceso.consulta()).GET().build();
                Runnable[] sondear = new Runnable[1];
                sondear[0] = () -> {
                    try {
                        HttpResponse<String> r = Api.enviar(consulta);
                        long ahora = System.nanoTime();
                        if (r.statusCode() == 200 && Json.leer(r.body(), ResultadosIndicador.class).capturaVersion(trimestre) >= version) {
                            tiempos.add((ahora - recibido201) / 1_000_000);
                            pendientes.decrementAndGet();
                        } else if (ahora - recibido201 > ESPERA_VISIBLE.toNanos()) {
                            noVistas.incrementAndGet();
                            pendientes.decrementAndGet();
                        } else {
                            sondeo.schedule(sondear[0], SONDEO_MS, TimeUnit.MILLISECONDS);
                        }
                    } catch (Exception e) {
                        noVistas.incrementAndGet();
                        pendientes.decrementAndGet();
                    }
                };
                sondeo.execute(sondear[0]);
            }
        };
        Paso paso = CargaAbierta.paso(indicadores, capture, tasa, SEGUNDOS, muestreo);
        // evaluation's backlog when the load stops: what the freshness percentiles wait behind
        long retrasoAlTerminar = retraso.ahora();
        long limite = System.nanoTime() + ESPERA_VISIBLE.toNanos() + 5_000_000_000L;
        while (pendientes.get() > 0 && System.nanoTime() < limite) {
            Thread.sleep(50);
        }
        sondeo.shutdownNow();
        List<Long> vistos = new ArrayList<>(tiempos);
        // an unseen sample counts as the whole wait, so it can only make the percentiles worse
        for (int i = 0; i < noVistas.get() + pendientes.get(); i++) {
            vistos.add(ESPERA_VISIBLE.toMillis());
        }
        long[] ms = Percentiles.ordenados(vistos);
        double p50 = Percentiles.percentil(ms, 50);
        double p95 = Percentiles.percentil(ms, 95);
        double p99 = Percentiles.percentil(ms, 99);
        Bench.log("frescura a %.1f/s: %d muestras, p50=%.0f p95=%.0f p99=%.0f ms, no vistas %d; carga %s; retraso de evaluation al terminar %d",
                tasa, ms.length, p50, p95, p99, noVistas.get(), paso.resumen(), retrasoAlTerminar);
        resultados.anotar("frescura.tasa", Formato.fmt(tasa));
        resultados.anotar("frescura.carga", paso.resumen());
        resultados.anotar("frescura.muestras", ms.length);
        resultados.anotar("frescura.retraso_al_terminar", retrasoAlTerminar);
        resultados.anotar("frescura.no_vistas", noVistas.get() + pendientes.get());
        resultados.anotar("frescura.p50_ms", Formato.fmt(p50));
        resultados.anotar("frescura.p95_ms", Formato.fmt(p95));
        resultados.anotar("frescura.p99_ms", Formato.fmt(p99));
    }
}
