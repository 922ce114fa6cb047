package mx.pbrsed.bench;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mx.pbrsed.bench.Cuerpos.ClaveNombre;
import mx.pbrsed.bench.Cuerpos.Creado;
import mx.pbrsed.bench.Cuerpos.ObjetivoRequest;
import mx.pbrsed.bench.Cuerpos.Problema;
import mx.pbrsed.bench.Cuerpos.ProgramaRequest;
import mx.pbrsed.bench.Cuerpos.ReferenciaRequest;

/**
 * Phase 1: the synthetic catalog, written through the catalog's REST API, then awaited in
 * capture's and evaluation's replicas (they learn definitions from the "indicadores" topic).
 */
final class Catalogo {
    static final int INDICADORES_POR_PROGRAMA = 10;
    private static final Duration ESPERA_REPLICAS = Duration.ofSeconds(240);

    private Catalogo() {
    }

    static void generar(Opciones o) throws Exception {
        int programas = o.completa() ? 300 : 10;
        String catalog = o.texto("catalog");
        Resultados resultados = new Resultados(o.ruta("resultados"));
        long inicio = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4, Bench::demonio);
        referencias(catalog, programas);
        List<Future<List<Indicador>>> futuros = new ArrayList<>();
        for (int p = 1; p <= programas; p++) {
            int programa = p;
            futuros.add(pool.submit(() -> programa(catalog, programa, programas)));
        }
        List<Indicador> indicadores = new ArrayList<>();
        for (Future<List<Indicador>> futuro : futuros) {
            indicadores.addAll(futuro.get(10, TimeUnit.MINUTES));
        }
        double segundos = (System.nanoTime() - inicio) / 1e9;
        Indicador.escribir(o.ruta("indicadores"), indicadores);
        Bench.log("catálogo: %d programas, %d indicadores en %.1f s", programas, indicadores.size(), segundos);
        resultados.anotar("catalogo.programas", programas);
        resultados.anotar("catalogo.indicadores", indicadores.size());
        resultados.anotar("catalogo.segundos", Formato.fmt(segundos));
        resultados.anotar("catalogo.mezcla", mezcla(indicadores));

        long espera = System.nanoTime();
        esperarCapture(o.texto("capture"), indicadores, pool);
        esperarEvaluation(o.texto("evaluation"), indicadores, pool);
        Bench.log("capture y evaluation conocen los %d indicadores (%.1f s)", indicadores.size(), (System.nanoTime() - espera) / 1e9);
        pool.shutdownNow();
    }

    /** How many indicators of each frequency and family, e.g. "{ANUAL=13, ...} {DATO_ABSOLUTO=29, ...}". */
    static String mezcla(List<Indicador> indicadores) {
        Map<String, Long> frecuencias = new TreeMap<>(indicadores.stream()
                .collect(Collectors.groupingBy(i -> i.frecuencia().name(), Collectors.counting())));
        Map<String, Long> familias = new TreeMap<>(indicadores.stream()
                .collect(Collectors.groupingBy(i -> i.familia().name(), Collectors.counting())));
        return frecuencias + " " + familias;
    }

    /**
     * A capturista captures for one UR, and a lote holds one UR's capturas: the programs share a
     * few URs (60 programs, some 1,900 indicator-periods each at full scale) so a lote of 1,000
     * fits in one UR, as a large agency's quarterly upload does.
     */
    static int unidades(int programas) {
        return Math.max(1, programas / 60);
    }

    static String ur(int programa, int programas) {
        return String.format("S%03d", (programa - 1) % unidades(programas) + 1);
    }

    /** The ramo of the programa's UR (referencias gives UR u the ramo u % 40): the catalog rejects any other. */
    static int ramo(int programa, int programas) {
        return ((programa - 1) % unidades(programas) + 1) % 40;
    }

    /** The catalog only accepts programs of registered ramos and URs, and indicators of registered unidades; 409 means already there. */
    private static void referencias(String catalog, int programas) throws Exception {
        var unidad = Api.post(catalog + "/unidades-medida", new ReferenciaRequest("ACCION", "ACCIÓN", null), Acceso.admin());
        if (unidad.statusCode() != 409) {
            Api.exigir(201, unidad, "unidad de medida ACCION");
        }
        for (int r = 0; r < Math.min(40, programas + 1); r++) {
            String ramo = String.format("%02d", r);
            var respuesta = Api.post(catalog + "/ramos", new ReferenciaRequest(ramo, "RAMO SINTÉTICO " + r, null), Acceso.admin());
            if (respuesta.statusCode() != 409) {
                Api.exigir(201, respuesta, "ramo " + ramo);
            }
        }
        for (int u = 1; u <= unidades(programas); u++) {
            String ur = String.format("S%03d", u);
            var respuesta = Api.post(catalog + "/unidades-responsables",
                    new ReferenciaRequest(ur, "UNIDAD RESPONSABLE SINTÉTICA " + u, String.format("%02d", u % 40)), Acceso.admin());
            if (respuesta.statusCode() != 409) {
                Api.exigir(201, respuesta, "unidad responsable " + ur);
            }
        }
    }

    /** A programa with a MIR of six objectives and ten indicators hanging from them. */
    private static List<Indicador> programa(String catalog, int p, int programas) throws Exception {
        String clave = String.format("B%03d", p);
        String ur = ur(p, programas);
        int ramo = ramo(p, programas);
        Api.exigir(201, Api.post(catalog + "/programas", new ProgramaRequest(Sintetico.EJERCICIO,
                new ClaveNombre(String.format("%02d", ramo), "RAMO SINTÉTICO " + ramo),
                new ClaveNombre(ur, "UNIDAD RESPONSABLE SINTÉTICA " + ur), clave, "PROGRAMA SINTÉTICO " + p + " DEL BENCHMARK",
                new BigDecimal("45022975.00"), new BigDecimal("47812885.90")), Acceso.admin()), "programa " + clave);
        String objetivos = catalog + "/programas/" + Sintetico.EJERCICIO + "/" + clave + "/objetivos";
        UUID fin = objetivo(objetivos, "FIN", null);
        UUID proposito = objetivo(objetivos, "PROPOSITO", null);
        UUID c1 = objetivo(objetivos, "COMPONENTE", null);
        UUID c2 = objetivo(objetivos, "COMPONENTE", null);
        UUID a1 = objetivo(objetivos, "ACTIVIDAD", c1);
        UUID a2 = objetivo(objetivos, "ACTIVIDAD", c2);
        List<UUID> deCadaIndicador = List.of(fin, proposito, c1, c1, c2, c2, a1, a1, a2, a2);
        List<Indicador> indicadores = new ArrayList<>();
        for (int j = 0; j < INDICADORES_POR_PROGRAMA; j++) {
            int k = (p - 1) * INDICADORES_POR_PROGRAMA + j;
            Definicion d = Definicion.de(k, false);
            Creado creado = Api.exigir(201, Api.post(catalog + "/indicadores", d.request(deCadaIndicador.get(j)), Acceso.admin()),
                    "indicador " + k, Creado.class);
            indicadores.add(new Indicador(creado.id(), ur, d.frecuencia(), d.tiposVariable().size(), d.familia()));
        }
        return indicadores;
    }

    private static UUID objetivo(String url, String nivel, UUID padre) throws Exception {
        var objetivo = new ObjetivoRequest(nivel, "OBJETIVO " + nivel + " SINTÉTICO DEL BENCHMARK", "UNIDAD SINTÉTICA", padre);
        return Api.exigir(201, Api.post(url, objetivo, Acceso.admin()), "objetivo " + nivel, Creado.class).id();
    }

    /** capture learns definitions from the topic: POST a captura until it stops answering 422 "no existe". */
    private static void esperarCapture(String capture, List<Indicador> indicadores, ExecutorService pool) throws Exception {
        long limite = System.nanoTime() + ESPERA_REPLICAS.toNanos();
        List<Future<?>> futuros = new ArrayList<>();
        for (Indicador ind : indicadores) {
            futuros.add(pool.submit(() -> {
                Random r = new Random(ind.id().toString().hashCode());
                while (true) {
                    HttpResponse<String> resp = Api.post(capture + "/capturas", ind.captura(ind.trimestres().get(0), r),
                            Acceso.capturista(ind.ur()));
                    if (resp.statusCode() == 201) {
                        return null;
                    }
                    if (!noExisteAun(resp) || System.nanoTime() > limite) {
                        throw new IllegalStateException("capture-service no acepta la captura de " + ind.id() + ": "
                                + resp.statusCode() + " " + Api.recortar(resp.body()));
                    }
                    Thread.sleep(250);
                }
            }));
        }
        for (Future<?> futuro : futuros) {
            futuro.get(ESPERA_REPLICAS.toSeconds() + 30, TimeUnit.SECONDS);
        }
    }

    private static boolean noExisteAun(HttpResponse<String> resp) {
        return resp.statusCode() == 422 && String.valueOf(Json.leer(resp.body(), Problema.class).detail()).contains("no existe");
    }

    private static void esperarEvaluation(String evaluation, List<Indicador> indicadores, ExecutorService pool) throws Exception {
        long limite = System.nanoTime() + ESPERA_REPLICAS.toNanos();
        List<Future<?>> futuros = new ArrayList<>();
        for (Indicador ind : indicadores) {
            futuros.add(pool.submit(() -> {
                while (Api.get(evaluation + "/indicadores/" + ind.id() + "/resultados", Acceso.consulta()).statusCode() != 200) {
                    if (System.nanoTime() > limite) {
                        throw new IllegalStateException("evaluation-service no conoce el indicador " + ind.id());
                    }
                    Thread.sleep(250);
                }
                return null;
            }));
        }
        for (Future<?> futuro : futuros) {
            futuro.get(ESPERA_REPLICAS.toSeconds() + 30, TimeUnit.SECONDS);
        }
    }
}
