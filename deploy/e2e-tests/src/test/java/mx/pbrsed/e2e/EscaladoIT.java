package mx.pbrsed.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.pbrsed.e2e.FlujoDeCapturas.Aceptada;
import mx.pbrsed.e2e.FlujoDeCapturas.Periodo;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The scale-out drill (issue 18): two instances of each packaged service, sharing each service's
 * database and consumer groups, on topics of {@link Sistema#particiones()} partitions. Capturas
 * stream over both capture instances at a steady rate; mid-stream one evaluation and one capture
 * instance are killed with SIGKILL and started again, then one instance of each service is
 * restarted in turn (SIGTERM, start, ready) while the load goes on. At the end every accepted
 * captura is evaluated and the results equal a full rebuild from the topics; every accepted captura
 * is on capturas and capturas-tardias (by capturaId); no eventId carries two different records (a
 * record the killed relay had sent but not marked is sent again, identical: counted as a resend);
 * each overdue indicator-period is announced once; nothing was dead-lettered; no outbox record is
 * left pending. It prints its counts, the takeover time after
 * the kill and the freshness (201 to the result readable at evaluation) before and during the
 * rebalances.
 *
 * <p>It stops no shared infrastructure: only its own service processes.
 */
// a bound, not its length: about 3 min on an idle 2-core machine, eleven JVM starts among them
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class EscaladoIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int CAPTURAS_POR_SEGUNDO = 8;
    /** Longer than the consumers' session timeout (6 s): the survivor takes over before the killed one is back. */
    private static final Duration CAIDA = Duration.ofSeconds(8);
    private static final Duration ESPERA = Duration.ofSeconds(90);
    /** TRIMESTRAL copies of each of the demo's two indicators: 10 keys over the partitions. */
    private static final int COPIAS = 4;
    private static final String ADMIN = ClavesDePrueba.token("admin.catalogo@planeacion.puebla.gob.mx", Token.ROL_ADMIN_CATALOGO, null);
    private static final String CAPTURISTA = ClavesDePrueba.token("OORE690714H58", Token.ROL_CAPTURISTA, "118");
    private static final String LECTOR = ClavesDePrueba.token("consulta@planeacion.puebla.gob.mx",
            List.of(Token.ROL_CONSULTA, Token.ROL_CAPTURISTA), "118");
    private static final List<String> COLAS_DE_MUERTOS = List.of("indicadores-dlq-capture", "programas-dlq-capture",
            "capturas-dlq-catalog", "indicadores-dlq-evaluation", "capturas-dlq-evaluation", "programas-dlq-evaluation",
            "devengados-dlq-evaluation");

    private static Sistema sistema;
    /** The instances running now, by name ("capture-1"): the drill replaces them as it restarts them. */
    private static final Map<String, Sistema.Servicio> instancias = new ConcurrentHashMap<>();

    @AfterAll
    static void detener() {
        if (sistema != null) {
            sistema.close();
        }
    }

    @Test
    void dosInstanciasDeCadaServicioConCaidasYReinicioEscalonadoBajoCarga() throws Exception {
        Sistema.exigirInfraestructura();
        Instant inicio = Instant.now();
        sistema = new Sistema();
        List<String> catalog = propiedades("catalog", "capturas");
        // Both capture instances look for overdue periods every 2 s: they race to announce each one.
        List<String> capture = propiedades("capture", "indicadores", "programas");
        capture.add("pbr.vencidas.intervalo=2s");
        List<String> evaluation = propiedades("evaluation", "indicadores", "capturas", "programas", "devengados");
        instancias.put("catalog-1", sistema.iniciar("catalog", "CATALOG_DB_URL", catalog.toArray(String[]::new)));
        instancias.put("capture-1", sistema.iniciar("capture", "CAPTURE_DB_URL", capture.toArray(String[]::new)));
        // two consumers per channel in the instance to be killed: with the other's one, three members
        // of each evaluation group, and the killed one takes two of them down at once
        instancias.put("evaluation-1", sistema.iniciar("evaluation", "EVALUATION_DB_URL",
                Stream.concat(evaluation.stream(), Stream.of("pbr.kafka.consumidores=2")).toArray(String[]::new)));
        sistema.esperarListos();
        // the second instances find their database migrated by the first ones
        instancias.put("catalog-2", sistema.iniciarOtraInstancia(instancias.get("catalog-1"), "catalog-2-service"));
        instancias.put("capture-2", sistema.iniciarOtraInstancia(instancias.get("capture-1"), "capture-2-service"));
        // one consumer per channel (the JVM takes the last of two -D settings of a property)
        instancias.put("evaluation-2", sistema.iniciarOtraInstancia(instancias.get("evaluation-1"), "evaluation-2-service",
                "pbr.kafka.consumidores=1"));
        sistema.esperarListos();

        List<Periodo> periodos = FlujoDeCapturas.importarPrograma(url("catalog-1"), ADMIN, COPIAS);
        // Q1 of every TRIMESTRAL indicator is never captured: its window closed (2023), so it is overdue.
        Predicate<Periodo> vencido = p -> p.trimestre() == 1;
        List<Periodo> capturados = periodos.stream().filter(vencido.negate()).toList();
        List<Periodo> vencidos = periodos.stream().filter(vencido).toList();
        var primeras = new FlujoDeCapturas(List.of(url("capture-1"), url("capture-2")), CAPTURISTA, capturados);
        for (Periodo periodo : capturados) {
            esperar("primera captura aceptada de " + periodo, Duration.ofSeconds(30), () -> primeras.capturar(periodo));
        }
        esperarEvaluadas(capturados);
        System.out.printf("[escalado] 2 instancias de cada servicio listas en %d s: %d particiones, %d periodos (%d vencidos)%n",
                Duration.between(inicio, Instant.now()).toSeconds(), Sistema.particiones(), periodos.size(), vencidos.size());

        var frescura = new Frescura(capturados);
        var flujo = new FlujoDeCapturas(List.of(url("capture-1"), url("capture-2")), CAPTURISTA, capturados);
        Instant muerte;
        Instant finReinicios;
        flujo.arrancar(CAPTURAS_POR_SEGUNDO);
        try {
            Thread.sleep(4000);
            muerte = Instant.now();
            matar("evaluation-1");
            matar("capture-1");
            Thread.sleep(CAIDA.toMillis());
            reiniciar("evaluation-1");
            reiniciar("capture-1");
            sistema.esperarListos();
            // a rolling restart: one instance of each service in turn (the other capture and evaluation
            // instances were just killed and started again)
            for (String nombre : List.of("catalog-1", "capture-2", "evaluation-2")) {
                sistema.detener(instancias.get(nombre));
                reiniciar(nombre);
                sistema.esperarListos();
            }
            finReinicios = Instant.now();
            Thread.sleep(2000);
        } finally {
            flujo.detener();
        }
        esperarEvaluadas(capturados);
        frescura.close();

        List<Aceptada> aceptadas = new ArrayList<>(primeras.aceptadas());
        aceptadas.addAll(flujo.aceptadas());
        Map<Periodo, Integer> evaluadas = FlujoDeCapturas.versionesEvaluadas(url("evaluation-1"), LECTOR, capturados);
        long perdidas = aceptadas.stream().filter(a -> evaluadas.getOrDefault(a.periodo(), 0) < a.version()).count();

        Map<String, JsonNode> antes = FlujoDeCapturas.resultados(url("evaluation-1"), LECTOR, periodos);
        HttpResponse<String> reconstruccion = HTTP.send(HttpRequest.newBuilder(
                        URI.create(url("evaluation-2") + "/admin/reconstruccion?origen=TOPICS"))
                .header("Authorization", "Bearer " + ADMIN).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reconstruccion.statusCode()).as(reconstruccion.body()).isEqualTo(200);
        List<String> diferencias = FlujoDeCapturas.diferencias(antes,
                FlujoDeCapturas.resultados(url("evaluation-1"), LECTOR, periodos));

        // the topics, read back whole: every accepted captura there, no event lost or garbled
        String prefijo = sistema.prefijoTopics();
        List<ConsumerRecord<String, String>> capturas = ContratoEventos.leerTodo(prefijo + "capturas");
        List<ConsumerRecord<String, String>> tardias = ContratoEventos.leerTodo(prefijo + "capturas-tardias");
        List<ConsumerRecord<String, String>> vencidas = ContratoEventos.leerTodo(prefijo + "capturas-vencidas");
        List<ConsumerRecord<String, String>> evaluaciones = ContratoEventos.leerTodo(prefijo + "evaluaciones");
        // A record the killed instance's relay had sent but not yet marked is sent again by the next
        // relay: the same event (same eventId and payload), which consumers apply once. Two different
        // events under one eventId, or one event's copy that differs, would be a fault.
        List<ConsumerRecord<String, String>> leidos = new ArrayList<>(capturas);
        leidos.addAll(tardias);
        leidos.addAll(vencidas);
        leidos.addAll(evaluaciones);
        Map<String, Set<String>> copiasPorEvento = leidos.stream().collect(Collectors.groupingBy(
                r -> r.topic() + " " + leer(r.value()).path("eventId").asText(), Collectors.mapping(ConsumerRecord::value, Collectors.toSet())));
        long reenvios = leidos.size() - copiasPorEvento.size();
        long distintosConUnEventId = copiasPorEvento.values().stream().filter(copias -> copias.size() > 1).count();
        Set<String> enCapturas = valores(capturas, "capturaId");
        Set<String> enTardias = valores(tardias, "capturaId");
        long faltanEnCapturas = aceptadas.stream().filter(a -> !enCapturas.contains(a.capturaId())).count();
        long faltanEnTardias = aceptadas.stream().filter(a -> !enTardias.contains(a.capturaId())).count();
        // announcements (distinct events) per indicator-period: a resent record is not a second one
        Map<String, Set<String>> anunciosPorPeriodo = vencidas.stream().map(r -> leer(r.value()))
                .collect(Collectors.groupingBy(e -> e.path("indicadorId").asText() + " " + e.path("ejercicio").asInt()
                        + " T" + e.path("trimestre").asInt(), Collectors.mapping(e -> e.path("eventId").asText(), Collectors.toSet())));
        List<String> anunciadosMasDeUnaVez = anunciosPorPeriodo.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();
        long vencidosSinAnuncio = vencidos.stream()
                .filter(p -> !anunciosPorPeriodo.containsKey(p.indicadorId() + " " + FlujoDeCapturas.EJERCICIO + " T" + p.trimestre()))
                .count();
        int muertos = COLAS_DE_MUERTOS.stream().mapToInt(cola -> ContratoEventos.leerTodo(prefijo + cola).size()).sum();
        Map<String, Double> pendientes = new HashMap<>();
        try {
            esperar("outbox vacío en las seis instancias", Duration.ofSeconds(30), () -> {
                instancias.forEach((nombre, s) -> pendientes.put(nombre, outboxPendientes(s)));
                return pendientes.values().stream().allMatch(p -> p == 0);
            });
        } catch (AssertionError e) {
            // printed and asserted below
        }

        List<Aceptada> delFlujo = flujo.aceptadas();
        List<Long> antesDeLaMuerte = frescura.milisegundos(delFlujo, a -> a.aceptadaEn().isBefore(muerte));
        List<Long> durante = frescura.milisegundos(delFlujo,
                a -> !a.aceptadaEn().isBefore(muerte) && a.aceptadaEn().isBefore(finReinicios));
        // the capturas accepted in the second after the kill whose partitions the killed member held
        // wait for the survivors to notice it and take them over: the slowest of them is the takeover
        long tomaDeControl = frescura.milisegundos(delFlujo, a -> !a.aceptadaEn().isBefore(muerte)
                && a.aceptadaEn().isBefore(muerte.plusSeconds(1))).stream().mapToLong(Long::longValue).max().orElse(-1);
        System.out.printf("[escalado] enviadas=%d aceptadas=%d evaluadas=%d perdidas=%d | resultados=%d "
                        + "distintos-de-la-reconstruccion=%d | topics: capturas=%d tardias=%d vencidas=%d evaluaciones=%d "
                        + "reenvios=%d eventos-distintos-con-un-eventId=%d faltan-en-capturas=%d faltan-en-tardias=%d | vencidos=%d sin-anuncio=%d "
                        + "anunciados-dos-veces=%d | dlq=%d | outbox-pendiente=%s%n",
                primeras.enviadas() + flujo.enviadas(), aceptadas.size(), aceptadas.size() - perdidas, perdidas,
                antes.size(), diferencias.size(), capturas.size(), tardias.size(), vencidas.size(), evaluaciones.size(),
                reenvios, distintosConUnEventId, faltanEnCapturas, faltanEnTardias, vencidos.size(), vencidosSinAnuncio,
                anunciadosMasDeUnaVez.size(), muertos, pendientes);
        System.out.printf("[escalado] toma de control tras kill -9: %.1f s | frescura p50/p99/max antes %s, durante "
                        + "caidas y reinicios %s | %s | %.1f s%n",
                tomaDeControl / 1000.0, resumen(antesDeLaMuerte), resumen(durante), flujo.resumenRespuestas(),
                Duration.between(inicio, Instant.now()).toMillis() / 1000.0);

        assertThat(perdidas).as("accepted capturas not evaluated").isZero();
        assertThat(diferencias).as("results after the drill vs. a full rebuild from the topics").isEmpty();
        assertThat(distintosConUnEventId).as("eventIds carried by two different records").isZero();
        assertThat(faltanEnCapturas).as("accepted capturas missing from the capturas topic").isZero();
        assertThat(faltanEnTardias).as("accepted (late) capturas missing from capturas-tardias").isZero();
        assertThat(anunciadosMasDeUnaVez).as("indicator-periods announced overdue more than once").isEmpty();
        assertThat(vencidosSinAnuncio).as("overdue indicator-periods never announced").isZero();
        assertThat(muertos).as("records dead-lettered by any consumer").isZero();
        assertThat(pendientes).as("outbox records pending per instance").hasSize(6).allSatisfy((n, p) -> assertThat(p).isZero());
        assertThat(durante).as("capturas accepted during the kills and restarts").isNotEmpty();
        assertThat(tomaDeControl).as("takeover after kill -9, ms (the default session timeout made it 45 s)")
                .isBetween(0L, 20_000L);
    }

    /**
     * Consumer groups of this run alone: the services' fixed group ids are shared with any other
     * end-to-end run on the broker (on other topics), whose members would join every rebalance. The
     * outbox gauges are read every second, so "nothing pending" shows soon after the last relay.
     */
    private static List<String> propiedades(String servicio, String... canales) {
        List<String> propiedades = new ArrayList<>();
        for (String canal : canales) {
            propiedades.add("mp.messaging.incoming." + canal + ".group.id=" + servicio + "-" + sistema.prefijoTopics() + "escalado");
        }
        propiedades.add("pbr.metricas.outbox-intervalo=1s");
        return propiedades;
    }

    private static String url(String instancia) {
        return instancias.get(instancia).url();
    }

    private static void matar(String instancia) throws InterruptedException {
        sistema.matar(instancias.get(instancia));
    }

    private static void reiniciar(String instancia) throws IOException {
        instancias.put(instancia, sistema.reiniciar(instancias.get(instancia)));
    }

    /** Until evaluation shows, for every period, the latest version capture-service holds. */
    private static void esperarEvaluadas(List<Periodo> periodos) {
        esperar("evaluación de la última versión de cada periodo", ESPERA, () -> FlujoDeCapturas
                .versionesEnCapture(url("capture-2"), LECTOR, periodos)
                .equals(FlujoDeCapturas.versionesEvaluadas(url("evaluation-2"), LECTOR, periodos)));
    }

    private static double outboxPendientes(Sistema.Servicio servicio) {
        String metricas = FlujoDeCapturas.obtener(servicio.url() + "/q/metrics", LECTOR).body();
        return metricas.lines().filter(l -> l.startsWith("pbrsed_outbox_pendientes"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    private static Set<String> valores(List<ConsumerRecord<String, String>> registros, String campo) {
        return registros.stream().map(r -> leer(r.value()).path(campo).asText()).collect(Collectors.toSet());
    }

    private static String resumen(List<Long> milisegundos) {
        if (milisegundos.isEmpty()) {
            return "-";
        }
        List<Long> orden = milisegundos.stream().sorted().toList();
        return String.format("%d/%d/%d ms (n=%d)", percentil(orden, 50), percentil(orden, 99), orden.get(orden.size() - 1),
                orden.size());
    }

    private static long percentil(List<Long> orden, int p) {
        return orden.get(Math.max(0, (int) Math.ceil(p / 100.0 * orden.size()) - 1));
    }

    private static JsonNode leer(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (IOException e) {
            throw new IllegalStateException("JSON ilegible: " + texto, e);
        }
    }

    private static void esperar(String que, Duration limite, java.util.concurrent.Callable<Boolean> condicion) {
        try {
            await().atMost(limite).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(condicion);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Sin " + que + " en " + limite.toSeconds() + " s. Logs de los servicios:"
                    + sistema.diagnostico(), e);
        }
    }

    /**
     * Freshness as a client sees it: a reader asks the live evaluation instances, in turn, every
     * 250 ms for every period's result and notes when each captura version first showed.
     */
    private static final class Frescura implements AutoCloseable {
        private final Map<Periodo, NavigableMap<Integer, Instant>> vistas = new ConcurrentHashMap<>();
        private final ScheduledExecutorService hilo = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "frescura"));

        Frescura(List<Periodo> periodos) {
            AtomicInteger turno = new AtomicInteger();
            hilo.scheduleWithFixedDelay(() -> {
                String evaluation = url("evaluation-" + (1 + turno.getAndIncrement() % 2));
                try {
                    Map<Periodo, Integer> versiones = FlujoDeCapturas.versionesEvaluadas(evaluation, LECTOR, periodos);
                    Instant ahora = Instant.now();
                    versiones.forEach((periodo, version) -> vistas
                            .computeIfAbsent(periodo, p -> new ConcurrentSkipListMap<>()).putIfAbsent(version, ahora));
                } catch (RuntimeException e) {
                    // that instance is down or restarting: the next round asks the other one
                }
            }, 0, 250, TimeUnit.MILLISECONDS);
        }

        /** From the 201 to the first read that showed that version or a later one, for the capturas that pass. */
        List<Long> milisegundos(List<Aceptada> aceptadas, Predicate<Aceptada> cuales) {
            List<Long> tiempos = new ArrayList<>();
            for (Aceptada aceptada : aceptadas) {
                if (!cuales.test(aceptada)) {
                    continue;
                }
                Optional<Instant> vista = Optional.ofNullable(vistas.get(aceptada.periodo()))
                        .flatMap(v -> v.tailMap(aceptada.version(), true).values().stream().min(Comparator.naturalOrder()));
                vista.ifPresent(v -> tiempos.add(Math.max(0, Duration.between(aceptada.aceptadaEn(), v).toMillis())));
            }
            return tiempos;
        }

        @Override
        public void close() throws InterruptedException {
            hilo.shutdown();
            hilo.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
