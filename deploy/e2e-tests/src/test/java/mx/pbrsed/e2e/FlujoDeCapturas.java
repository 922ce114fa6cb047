package mx.pbrsed.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The drills' load and their evidence: a stream of capturas posted from a background thread as
 * the capturista of UR 118, each a new version of its indicator-period with different values,
 * optionally with reads of evaluation and catalog beside it; what each request got back; and the
 * counts a drill prints (sent, accepted, evaluated, duplicates, lost).
 *
 * <p>Evaluated: an accepted captura whose indicator-period's result at evaluation-service shows its
 * version or a later one (a partition keeps each indicator's events in order, so a later version
 * shown means this one went through). Lost: accepted and not evaluated. Duplicates: records of the
 * capturas topic, for capturas accepted in this stream, whose eventId was already on the topic
 * (sent twice); evaluation applies an eventId at most once (its processed-events table), so a
 * duplicate there would show only as a record delivered twice, never as a result applied twice.
 */
final class FlujoDeCapturas {
    static final int EJERCICIO = 2023;
    /** Longer than any request may take: the drills count a request that reaches it as hung. */
    static final Duration ESPERA_RESPUESTA = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Every stream numbers its capturas from here on, so each version's values differ from the one before. */
    private static final AtomicInteger SECUENCIA = new AtomicInteger();

    /** An indicator-period the stream captures; {@code variables} are the indicator's V1..Vn. */
    record Periodo(String indicadorId, String clave, int trimestre, List<String> variables) {
        @Override
        public String toString() {
            return clave + " T" + trimestre;
        }
    }

    /** {@code aceptadaEn}: when the 201 reached the client, where freshness starts. */
    record Aceptada(Periodo periodo, String capturaId, int version, Instant aceptadaEn) {
    }

    /** What a drill prints and asserts. */
    record Conteo(int enviadas, int aceptadas, int evaluadas, int duplicados, int perdidas) {
        @Override
        public String toString() {
            return "enviadas=" + enviadas + " aceptadas=" + aceptadas + " evaluadas=" + evaluadas
                    + " duplicados=" + duplicados + " perdidas=" + perdidas;
        }
    }

    /** capture-service's instances: each captura goes to the next one, and to the one after if that refuses it. */
    private final List<String> captures;
    private final AtomicInteger siguienteCapture = new AtomicInteger();
    private final String tokenCapturista;
    private final List<Periodo> periodos;
    private final List<Aceptada> aceptadas = new ArrayList<>();
    /** Per operation ("POST capture", "GET evaluation"...), how many got each status, "timeout" or "error". */
    private final Map<String, Map<String, AtomicInteger>> respuestas = new ConcurrentHashMap<>();
    private final List<String> malFormadas = new ArrayList<>();
    private final AtomicInteger enviadas = new AtomicInteger();
    private final List<Consulta> consultas = new ArrayList<>();
    private ScheduledExecutorService hilo;

    /** A read sent beside each captura, to see how the other services answer meanwhile. */
    private record Consulta(String operacion, Function<Periodo, String> url, String token) {
    }

    FlujoDeCapturas(String capture, String tokenCapturista, List<Periodo> periodos) {
        this(List.of(capture), tokenCapturista, periodos);
    }

    /** Spreads the capturas over several capture-service instances, as a client without a load balancer would. */
    FlujoDeCapturas(List<String> captures, String tokenCapturista, List<Periodo> periodos) {
        this.captures = List.copyOf(captures);
        this.tokenCapturista = tokenCapturista;
        this.periodos = List.copyOf(periodos);
    }

    FlujoDeCapturas conConsulta(String operacion, Function<Periodo, String> url, String token) {
        consultas.add(new Consulta(operacion, url, token));
        return this;
    }

    /** Posts one captura of each indicator-period, round robin, {@code porSegundo} times a second. */
    void arrancar(int porSegundo) {
        hilo = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "flujo-de-capturas"));
        AtomicInteger turno = new AtomicInteger();
        hilo.scheduleAtFixedRate(() -> {
            Periodo periodo = periodos.get(turno.getAndIncrement() % periodos.size());
            capturar(periodo);
            consultas.forEach(c -> enviar(c.operacion(), peticion(c.url().apply(periodo), c.token()).GET().build()));
        }, 0, 1000 / porSegundo, TimeUnit.MILLISECONDS);
    }

    void detener() throws InterruptedException {
        hilo.shutdown();
        if (!hilo.awaitTermination(ESPERA_RESPUESTA.toSeconds() + 5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("El flujo de capturas no se detuvo");
        }
    }

    /** Posts one captura of {@code periodo} and waits for its answer; true if it was accepted. */
    boolean capturar(Periodo periodo) {
        return aceptada(periodo, enviarCaptura(periodo));
    }

    /**
     * A period's first captura, sent right after its indicator was published: retried after Retry-After
     * only while capture answers 409 indicador-no-replicado (its replica has not read the catalog's
     * event yet); any other answer than the 201 fails, as does a replica still behind after {@code plazo}.
     */
    void capturarCuandoSeReplique(Periodo periodo, Duration plazo) throws InterruptedException {
        Instant limite = Instant.now().plus(plazo);
        while (true) {
            HttpResponse<String> respuesta = enviarCaptura(periodo);
            if (aceptada(periodo, respuesta)) {
                return;
            }
            boolean noReplicado = respuesta != null && respuesta.statusCode() == 409
                    && leer(respuesta.body()).path("type").asText().endsWith("/indicador-no-replicado");
            if (!noReplicado || Instant.now().isAfter(limite)) {
                throw new IllegalStateException("Primera captura de " + periodo + ": "
                        + (respuesta == null ? "sin respuesta" : respuesta.statusCode() + " " + respuesta.body()));
            }
            Thread.sleep(Duration.ofSeconds(Long.parseLong(respuesta.headers().firstValue("Retry-After").orElse("1"))).toMillis());
        }
    }

    private HttpResponse<String> enviarCaptura(Periodo periodo) {
        int n = SECUENCIA.incrementAndGet();
        ObjectNode captura = JSON.createObjectNode()
                .put("indicadorId", periodo.indicadorId())
                .put("ejercicio", EJERCICIO)
                .put("trimestre", periodo.trimestre())
                .put("analisisLogro", "Simulacro, captura " + n)
                .put("justificacionVariacion", "Cifra del simulacro " + n)
                .put("preliminar", false);
        ObjectNode valores = captura.putObject("valores");
        for (int i = 0; i < periodo.variables().size(); i++) {
            // V1 grows with every captura: consecutive versions of a period never repeat their values
            valores.put(periodo.variables().get(i), 1000 + n + 100 * i);
        }
        enviadas.incrementAndGet();
        HttpResponse<String> respuesta = null;
        // an instance that is down (refused, reset, no answer) passes the captura to the next one
        for (int intento = 0; intento < captures.size() && respuesta == null; intento++) {
            String capture = captures.get(Math.floorMod(siguienteCapture.getAndIncrement(), captures.size()));
            respuesta = enviar("POST capture", peticion(capture + "/capturas", tokenCapturista)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(captura.toString())).build());
        }
        return respuesta;
    }

    private boolean aceptada(Periodo periodo, HttpResponse<String> respuesta) {
        if (respuesta == null || respuesta.statusCode() != 201) {
            return false;
        }
        Instant aceptadaEn = Instant.now();
        JsonNode aceptada = leer(respuesta.body());
        synchronized (aceptadas) {
            aceptadas.add(new Aceptada(periodo, aceptada.path("id").asText(), aceptada.path("version").asInt(), aceptadaEn));
        }
        return true;
    }

    int enviadas() {
        return enviadas.get();
    }

    List<Aceptada> aceptadas() {
        synchronized (aceptadas) {
            return List.copyOf(aceptadas);
        }
    }

    /** How many requests of {@code operacion} got {@code resultado} (a status code, "timeout" or "error"). */
    int respuestas(String operacion, String resultado) {
        AtomicInteger cuantas = respuestas.getOrDefault(operacion, Map.of()).get(resultado);
        return cuantas == null ? 0 : cuantas.get();
    }

    /** Every answer that was neither a success nor a well-formed 503 problem, and every timeout. */
    int fallasInesperadas() {
        int fallas = 0;
        for (Map<String, AtomicInteger> porResultado : respuestas.values()) {
            for (var e : porResultado.entrySet()) {
                if (!e.getKey().startsWith("2") && !e.getKey().equals("503")) {
                    fallas += e.getValue().get();
                }
            }
        }
        synchronized (malFormadas) {
            return fallas + malFormadas.size();
        }
    }

    List<String> malFormadas() {
        synchronized (malFormadas) {
            return List.copyOf(malFormadas);
        }
    }

    /** "POST capture 201=90 503=12 | GET evaluation 200=..." */
    String resumenRespuestas() {
        var texto = new StringBuilder();
        new TreeMap<>(respuestas).forEach((operacion, porResultado) -> {
            texto.append(texto.isEmpty() ? "" : " | ").append(operacion);
            new TreeMap<>(porResultado).forEach((resultado, n) -> texto.append(' ').append(resultado).append('=').append(n));
        });
        return texto.toString();
    }

    /**
     * The counts of this stream against {@code versionesEvaluadas} (an evaluation's captura version
     * per indicator-period) and the capturas topic as read back from the broker.
     */
    Conteo conteo(Map<Periodo, Integer> versionesEvaluadas, List<ConsumerRecord<String, String>> topicCapturas) {
        return conteo(enviadas(), aceptadas(), versionesEvaluadas, topicCapturas);
    }

    static Conteo conteo(int enviadas, List<Aceptada> aceptadas, Map<Periodo, Integer> versionesEvaluadas,
                         List<ConsumerRecord<String, String>> topicCapturas) {
        int evaluadas = (int) aceptadas.stream()
                .filter(a -> versionesEvaluadas.getOrDefault(a.periodo(), 0) >= a.version())
                .count();
        return new Conteo(enviadas, aceptadas.size(), evaluadas, duplicados(aceptadas, topicCapturas),
                aceptadas.size() - evaluadas);
    }

    /** Records of the capturas topic, for the given capturas, whose eventId came earlier on the topic. */
    static int duplicados(List<Aceptada> aceptadas, List<ConsumerRecord<String, String>> topicCapturas) {
        Set<String> capturaIds = new HashSet<>();
        aceptadas.forEach(a -> capturaIds.add(a.capturaId()));
        Set<String> vistos = new HashSet<>();
        int duplicados = 0;
        for (ConsumerRecord<String, String> registro : topicCapturas) {
            JsonNode evento = leer(registro.value());
            if (capturaIds.contains(evento.path("capturaId").asText()) && !vistos.add(evento.path("eventId").asText())) {
                duplicados++;
            }
        }
        return duplicados;
    }

    /** The highest version capture-service accepted for each period of {@code aceptadas}. */
    static Map<Periodo, Integer> ultimasVersiones(List<Aceptada> aceptadas) {
        Map<Periodo, Integer> ultimas = new HashMap<>();
        aceptadas.forEach(a -> ultimas.merge(a.periodo(), a.version(), Math::max));
        return ultimas;
    }

    /** capture-service's own latest version of each period (a 503'd request may still have committed one). */
    static Map<Periodo, Integer> versionesEnCapture(String capture, String token, List<Periodo> periodos) {
        Map<Periodo, Integer> versiones = new HashMap<>();
        for (Periodo periodo : periodos) {
            HttpResponse<String> respuesta = obtener(capture + "/capturas/" + periodo.indicadorId() + "/" + EJERCICIO
                    + "/" + periodo.trimestre(), token);
            int ultima = 0;
            for (JsonNode version : leer(respuesta.body())) {
                ultima = Math.max(ultima, version.path("version").asInt());
            }
            versiones.put(periodo, ultima);
        }
        return versiones;
    }

    /** The captura version an evaluation-service computed each period from (0 for none). */
    static Map<Periodo, Integer> versionesEvaluadas(String evaluation, String token, List<Periodo> periodos) {
        Map<String, JsonNode> resultados = resultados(evaluation, token, periodos);
        Map<Periodo, Integer> versiones = new HashMap<>();
        for (Periodo periodo : periodos) {
            JsonNode resultado = resultados.get(periodo.toString());
            versiones.put(periodo, resultado == null ? 0 : resultado.path("capturaVersion").asInt(0));
        }
        return versiones;
    }

    /**
     * Every result of the periods' indicators at an evaluation-service, by "clave Tn", without
     * calculadoEn (when it was computed differs between a live result and a rebuilt one).
     */
    static Map<String, JsonNode> resultados(String evaluation, String token, List<Periodo> periodos) {
        Map<String, String> claves = new TreeMap<>();
        periodos.forEach(p -> claves.put(p.indicadorId(), p.clave()));
        Map<String, JsonNode> resultados = new TreeMap<>();
        claves.forEach((indicadorId, clave) -> {
            HttpResponse<String> respuesta = obtener(evaluation + "/indicadores/" + indicadorId + "/resultados", token);
            if (respuesta.statusCode() == 404) {
                return;
            }
            if (respuesta.statusCode() != 200) {
                throw new IllegalStateException("GET resultados de " + clave + ": " + respuesta.statusCode() + " " + respuesta.body());
            }
            for (JsonNode resultado : leer(respuesta.body()).path("resultados")) {
                ((ObjectNode) resultado).remove("calculadoEn");
                resultados.put(clave + " T" + resultado.path("trimestre").asInt(), resultado);
            }
        });
        return resultados;
    }

    /** The keys whose values differ between two sets of results, with both values. */
    static List<String> diferencias(Map<String, JsonNode> esperados, Map<String, JsonNode> obtenidos) {
        Set<String> claves = new TreeSet<>(esperados.keySet());
        claves.addAll(obtenidos.keySet());
        List<String> diferencias = new ArrayList<>();
        for (String clave : claves) {
            if (!Objects.equals(esperados.get(clave), obtenidos.get(clave))) {
                diferencias.add(clave + ": " + esperados.get(clave) + " <> " + obtenidos.get(clave));
            }
        }
        return diferencias;
    }

    /**
     * The demo document, imported as admin-catalogo at {@code catalog}, with {@code copias} TRIMESTRAL
     * copies of each indicator (clave -T, -T2, -T3...): the annual ones are captured at Q4 only, the
     * copies at every quarter; more copies, more keys spread over the topics' partitions.
     *
     * @return every indicator-period of the program
     */
    static List<Periodo> importarPrograma(String catalog, String tokenAdmin, int copias) throws IOException, InterruptedException {
        ObjectNode documento = (ObjectNode) JSON.readTree(Sistema.RAIZ.resolve("deploy/demo/documento-e011-2023.json").toFile());
        for (JsonNode objetivo : documento.path("objetivos")) {
            ArrayNode indicadores = (ArrayNode) objetivo.path("indicadores");
            JsonNode original = indicadores.get(0);
            for (int copia = 1; copia <= copias; copia++) {
                ObjectNode trimestral = original.deepCopy();
                trimestral.put("clave", original.path("clave").asText() + "-T" + (copia == 1 ? "" : copia));
                trimestral.put("frecuencia", "TRIMESTRAL");
                // a TRIMESTRAL indicator has a meta in each of its months of measurement: December's in March, June and September too
                for (String lista : List.of("aprobadas", "modificadas")) {
                    ArrayNode metas = (ArrayNode) trimestral.path("metasCalendarizadas").path(lista);
                    JsonNode diciembre = metas.get(0);
                    for (int mes : List.of(3, 6, 9)) {
                        metas.insert(mes / 3 - 1, ((ObjectNode) diciembre.deepCopy()).put("mes", mes));
                    }
                }
                indicadores.add(trimestral);
            }
        }
        HttpResponse<String> respuesta = HTTP.send(HttpRequest.newBuilder(
                        URI.create(catalog + "/programas/" + EJERCICIO + "/E011/documento"))
                .header("Authorization", "Bearer " + tokenAdmin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(documento.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (respuesta.statusCode() != 201) {
            throw new IllegalStateException("PUT documento: " + respuesta.statusCode() + " " + respuesta.body());
        }
        Map<String, JsonNode> porClave = new HashMap<>();
        leer(respuesta.body()).path("indicadores").forEach(i -> porClave.put(i.path("clave").asText(), i));
        List<Periodo> lista = new ArrayList<>();
        for (JsonNode objetivo : documento.path("objetivos")) {
            for (JsonNode indicador : objetivo.path("indicadores")) {
                String clave = indicador.path("clave").asText();
                List<String> variables = new ArrayList<>();
                indicador.path("variables").forEach(v -> variables.add(v.path("clave").asText()));
                String id = porClave.get(clave).path("id").asText();
                List<Integer> trimestres = "TRIMESTRAL".equals(indicador.path("frecuencia").asText())
                        ? List.of(1, 2, 3, 4) : List.of(4);
                trimestres.forEach(t -> lista.add(new Periodo(id, clave, t, variables)));
            }
        }
        return lista;
    }

    static HttpResponse<String> obtener(String url, String token) {
        try {
            return HTTP.send(peticion(url, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> enviar(String operacion, HttpRequest peticion) {
        String resultado;
        HttpResponse<String> respuesta = null;
        Instant inicio = Instant.now();
        try {
            respuesta = HTTP.send(peticion, HttpResponse.BodyHandlers.ofString());
            resultado = String.valueOf(respuesta.statusCode());
            if (respuesta.statusCode() == 503) {
                revisar503(operacion, respuesta);
            }
        } catch (HttpTimeoutException e) {
            resultado = "timeout";
        } catch (IOException e) {
            resultado = "error";
            synchronized (malFormadas) {
                malFormadas.add(operacion + " tras " + Duration.between(inicio, Instant.now()).toMillis() + " ms: " + e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        respuestas.computeIfAbsent(operacion, o -> new ConcurrentHashMap<>())
                .computeIfAbsent(resultado, r -> new AtomicInteger()).incrementAndGet();
        return respuesta;
    }

    /**
     * A 503 must say what happened and when to come back: problem+json, its type (the database away,
     * or the instance shedding load), Retry-After.
     */
    private void revisar503(String operacion, HttpResponse<String> respuesta) {
        String tipo = respuesta.headers().firstValue("Content-Type").orElse("");
        JsonNode problema = tipo.startsWith("application/problem+json") ? leer(respuesta.body()) : null;
        boolean bien = problema != null
                && (problema.path("type").asText().endsWith("/servicio-no-disponible")
                    || problema.path("type").asText().endsWith("/servicio-saturado"))
                && problema.path("status").asInt() == 503
                && respuesta.headers().firstValue("Retry-After").isPresent();
        if (!bien) {
            synchronized (malFormadas) {
                malFormadas.add(operacion + " 503 sin problem+json servicio-no-disponible y Retry-After: " + tipo + " "
                        + respuesta.body());
            }
        }
    }

    private static HttpRequest.Builder peticion(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(ESPERA_RESPUESTA)
                .header("Authorization", "Bearer " + token);
    }

    private static JsonNode leer(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (IOException e) {
            throw new IllegalStateException("JSON ilegible: " + texto, e);
        }
    }
}
