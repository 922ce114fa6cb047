import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The load generator of deploy/bench/run.sh. Runs in single-file source mode on the Kafka
 * broker's classpath, so it needs no build: the JDK's HttpClient for the REST APIs and
 * kafka-clients for the replay set and consumer lag; JSON is written by hand and read with
 * regular expressions. Each subcommand appends its figures as key=value lines to --resultados.
 *
 * <pre>
 * catalogo --escala pequena|completa --catalog URL --capture URL --evaluation URL --indicadores F --resultados F
 * carga    --escala E --indicadores F --capture URL --evaluation URL --bootstrap HOST:PORT
 *          --topic-capturas T --grupo-evaluacion G --resultados F
 * replay   --bootstrap HOST:PORT --prefijo P --periodos N --resultados F
 * informe  --resultados F --salida RESULTADOS.md
 * </pre>
 */
public class Bench {
    static final int EJERCICIO = 2025;
    // Same texts as captura.sql, so pgbench writes rows of the size the API writes.
    static final String ANALISIS = "LA DEPENDENCIA REALIZÓ LAS ACCIONES PROGRAMADAS DEL TRIMESTRE CONFORME AL CALENDARIO "
            + "APROBADO, CON LA PARTICIPACIÓN DE LAS UNIDADES ADMINISTRATIVAS RESPONSABLES Y EL SEGUIMIENTO DE LA "
            + "UNIDAD DE EVALUACIÓN.";
    static final String JUSTIFICACION = "LA VARIACIÓN RESPECTO DE LA META PROGRAMADA OBEDECE A QUE PARTE DE LAS "
            + "ACCIONES SE REPROGRAMARON AL SIGUIENTE TRIMESTRE POR AJUSTES EN LA DISPONIBILIDAD PRESUPUESTAL Y EN LOS "
            + "TIEMPOS DE CONTRATACIÓN; LA CIFRA REPORTADA CORRESPONDE A LOS REGISTROS ADMINISTRATIVOS VALIDADOS POR EL "
            + "ÁREA RESPONSABLE Y SE ACTUALIZARÁ UNA VEZ QUE SE CUENTE CON LA INFORMACIÓN DEFINITIVA DE LAS "
            + "DELEGACIONES REGIONALES.";

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, Bench::demonio))
            .build();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("uso: Bench catalogo|carga|replay|informe --opcion valor ...");
        }
        Map<String, String> o = opciones(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "catalogo" -> Catalogo.generar(o);
            case "carga" -> Carga.ejecutar(o);
            case "replay" -> Replay.producir(o);
            case "informe" -> Informe.escribir(o);
            default -> throw new IllegalArgumentException("subcomando desconocido: " + args[0]);
        }
        System.exit(0);
    }

    // ---------------------------------------------------------------------------------------
    // The synthetic state: indicator definitions shared by the catalog's API and the replay set
    // ---------------------------------------------------------------------------------------

    /** What the load needs to know of an indicator. */
    record Ind(String id, String ur, String frecuencia, int variables, String familia) {
        List<Integer> trimestres() {
            return switch (frecuencia) {
                case "SEMESTRAL" -> List.of(2, 4);
                case "ANUAL" -> List.of(4);
                default -> List.of(1, 2, 3, 4);
            };
        }

        String linea() {
            return id + " " + ur + " " + frecuencia + " " + variables + " " + familia;
        }

        static Ind deLinea(String linea) {
            String[] c = linea.trim().split(" ");
            return new Ind(c[0], c[1], c[2], Integer.parseInt(c[3]), c[4]);
        }
    }

    /** A deterministic mix of the k-th synthetic indicator: mostly quarterly and percentages. */
    record Definicion(int k, String frecuencia, String familia, String comportamiento, List<String> tiposVariable) {
        static Definicion de(int k, boolean soloTrimestral) {
            Random r = new Random(k * 7919L + 17);
            int f = r.nextInt(20);
            String frecuencia = soloTrimestral || f < 12 ? "TRIMESTRAL" : f < 15 ? "SEMESTRAL" : f < 17 ? "ANUAL" : "MENSUAL";
            int g = r.nextInt(20);
            String familia = g < 8 ? "PORCENTAJE" : g < 13 ? "DATO_ABSOLUTO" : g < 17 ? "RAZON" : "TASA_VARIACION";
            int c = r.nextInt(20);
            String comportamiento = c < 16 ? "ASCENDENTE" : c < 19 ? "DESCENDENTE" : "REGULAR";
            String[] tipos = {"ACUMULABLE", "NO_ACUMULABLE", "ACTUALIZABLE"};
            int n = familia.equals("DATO_ABSOLUTO") ? 1 : 2;
            List<String> tiposVariable = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                tiposVariable.add(tipos[r.nextInt(tipos.length)]);
            }
            return new Definicion(k, frecuencia, familia, comportamiento, tiposVariable);
        }

        List<Integer> meses() {
            return switch (frecuencia) {
                case "MENSUAL" -> List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
                case "SEMESTRAL" -> List.of(6, 12);
                case "ANUAL" -> List.of(12);
                default -> List.of(3, 6, 9, 12);
            };
        }

        String expresion() {
            return switch (familia) {
                case "PORCENTAJE" -> "(V1 / V2) * 100";
                case "RAZON" -> "V1 / V2";
                case "TASA_VARIACION" -> "((V1 / V2) - 1) * 100";
                default -> "V1";
            };
        }

        /** The formula's JSON tree, as the catalog publishes it (NodoExpresion, nulls omitted). */
        String arbol() {
            String cociente = operacion("/", variable("V1"), variable("V2"));
            return switch (familia) {
                case "PORCENTAJE" -> operacion("*", cociente, numero(100));
                case "RAZON" -> cociente;
                case "TASA_VARIACION" -> operacion("*", operacion("-", cociente, numero(1)), numero(100));
                default -> variable("V1");
            };
        }

        private static String operacion(String operador, String izquierda, String derecha) {
            return "{\"tipo\":\"OPERACION\",\"operador\":\"" + operador + "\",\"izquierda\":" + izquierda
                    + ",\"derecha\":" + derecha + "}";
        }

        private static String variable(String clave) {
            return "{\"tipo\":\"VARIABLE\",\"clave\":\"" + clave + "\"}";
        }

        private static String numero(int valor) {
            return "{\"tipo\":\"NUMERO\",\"valor\":" + valor + "}";
        }

        /** The metas of every month of measurement; V2 stays fixed so ratios stay near their meta. */
        String metas() {
            return meses().stream().map(mes -> {
                long v2 = 1000L * mes;
                long v1 = familia.equals("TASA_VARIACION") ? v2 + v2 / 10 : v2 * 9 / 10;
                return "{\"mes\":" + mes + ",\"valores\":" + valores(v1, v2) + "}";
            }).collect(Collectors.joining(",", "[", "]"));
        }

        private String valores(long v1, long v2) {
            return tiposVariable.size() == 1 ? "{\"V1\":" + v1 + "}" : "{\"V1\":" + v1 + ",\"V2\":" + v2 + "}";
        }

        String variables(boolean conDescripcion) {
            List<String> json = new ArrayList<>();
            for (int i = 0; i < tiposVariable.size(); i++) {
                String clave = "V" + (i + 1);
                json.add("{\"clave\":\"" + clave + "\","
                        + (conDescripcion ? "\"descripcion\":\"VARIABLE " + clave + " DEL INDICADOR SINTÉTICO " + k + "\"," : "")
                        + "\"tipo\":\"" + tiposVariable.get(i) + "\"}");
            }
            return String.join(",", json);
        }

        String nombre() {
            return "INDICADOR SINTÉTICO " + k + " (" + familia + ", " + frecuencia + ") DEL BENCHMARK";
        }

        String unidadMedida() {
            return familia.equals("DATO_ABSOLUTO") ? "ACCION" : "PORCENTAJE";
        }

        /** Body of POST /indicadores (IndicadorRequest); semáforo left to the comportamiento's default. */
        String request(String objetivoId) {
            return "{\"objetivoId\":\"" + objetivoId + "\",\"nombre\":\"" + nombre() + "\","
                    + "\"tipo\":\"" + (k % 3 == 0 ? "ESTRATEGICO" : "GESTION") + "\","
                    + "\"dimension\":\"" + List.of("EFICACIA", "EFICIENCIA", "ECONOMIA", "CALIDAD").get(k % 4) + "\","
                    + "\"comportamiento\":\"" + comportamiento + "\",\"frecuencia\":\"" + frecuencia + "\","
                    + "\"unidadMedida\":\"" + unidadMedida() + "\","
                    + "\"metodoCalculo\":{\"familia\":\"" + familia + "\",\"expresion\":\"" + expresion() + "\"},"
                    + "\"variables\":[" + variables(true) + "],"
                    + "\"mediosVerificacion\":\"REGISTROS ADMINISTRATIVOS SINTÉTICOS DEL BENCHMARK\","
                    + "\"metasCalendarizadas\":{\"aprobadas\":" + metas() + ",\"modificadas\":" + metas() + "}}";
        }

        /** An IndicadorPublicadoEvent v1 as the catalog writes it to the "indicadores" topic. */
        String evento(UUID id, int programa) {
            return "{\"schemaVersion\":1,\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + ahora() + "\","
                    + "\"indicadorId\":\"" + id + "\",\"version\":1,\"estado\":\"VIGENTE\","
                    + "\"programa\":{\"ejercicio\":" + EJERCICIO + ",\"clave\":\"" + String.format("R%04d", programa)
                    + "\",\"nombre\":\"PROGRAMA SINTÉTICO " + programa + " DE LA RÉPLICA\",\"ramo\":\""
                    + String.format("%02d", programa % 40) + "\",\"unidadResponsable\":\"" + String.format("%03d", programa % 1000) + "\"},"
                    + "\"nivel\":\"COMPONENTE\",\"nombre\":\"" + nombre() + "\",\"tipo\":\"GESTION\",\"dimension\":\"EFICACIA\","
                    + "\"comportamiento\":\"" + comportamiento + "\",\"formulaDescendente\":\"LINEAL\","
                    + "\"frecuencia\":\"" + frecuencia + "\",\"unidadMedida\":\"" + unidadMedida() + "\","
                    + "\"metodoCalculo\":{\"familia\":\"" + familia + "\",\"expresion\":\"" + expresion() + "\",\"arbol\":" + arbol() + "},"
                    + "\"variables\":[" + variables(true) + "],\"metasModificadas\":" + metas() + ","
                    + "\"parametrosSemaforo\":" + (comportamiento.equals("REGULAR")
                    ? "[{\"desde\":0,\"hasta\":85,\"color\":\"ROJO\"},{\"desde\":85,\"hasta\":95,\"color\":\"AMARILLO\"},"
                    + "{\"desde\":95,\"hasta\":106,\"color\":\"VERDE\"},{\"desde\":106,\"hasta\":116,\"color\":\"AMARILLO\"},"
                    + "{\"desde\":116,\"hasta\":null,\"color\":\"EXCEDIDO\"}]"
                    : "[{\"desde\":0,\"hasta\":70,\"color\":\"ROJO\"},{\"desde\":70,\"hasta\":95,\"color\":\"AMARILLO\"},"
                    + "{\"desde\":95,\"hasta\":116,\"color\":\"VERDE\"},{\"desde\":116,\"hasta\":null,\"color\":\"EXCEDIDO\"}]") + "}";
        }
    }

    /** Random values near the metas: V1 with two decimals, V2 positive so no ratio divides by zero. */
    static String valoresAleatorios(int variables, Random r) {
        String v1 = (r.nextInt(100_000) + 1) + "." + (10 + r.nextInt(90));
        return variables == 1 ? "{\"V1\":" + v1 + "}" : "{\"V1\":" + v1 + ",\"V2\":" + (100_000 + r.nextInt(100_000)) + "}";
    }

    /** Body of POST /capturas (CapturaRequest): valoresMensuales for MENSUAL, valores otherwise. */
    static String captura(Ind ind, int trimestre, Random r) {
        String valores;
        if (ind.frecuencia().equals("MENSUAL")) {
            List<String> meses = new ArrayList<>();
            for (int mes = trimestre * 3 - 2; mes <= trimestre * 3; mes++) {
                meses.add("{\"mes\":" + mes + ",\"valores\":" + valoresAleatorios(ind.variables(), r) + "}");
            }
            valores = "\"valoresMensuales\":[" + String.join(",", meses) + "]";
        } else {
            valores = "\"valores\":" + valoresAleatorios(ind.variables(), r);
        }
        return "{\"indicadorId\":\"" + ind.id() + "\",\"ejercicio\":" + EJERCICIO + ",\"trimestre\":" + trimestre + ","
                + valores + ",\"analisisLogro\":\"" + ANALISIS + "\",\"justificacionVariacion\":\"" + JUSTIFICACION + "\","
                + "\"preliminar\":false}";
    }

    // ---------------------------------------------------------------------------------------
    // (1) The synthetic state catalog, through the catalog's REST API
    // ---------------------------------------------------------------------------------------

    static final class Catalogo {
        static final int INDICADORES_POR_PROGRAMA = 10;

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
        static final Duration ESPERA_REPLICAS = Duration.ofSeconds(240);

        static void generar(Map<String, String> o) throws Exception {
            boolean completa = completa(o);
            int programas = completa ? 300 : 10;
            String catalog = o.get("catalog");
            long inicio = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(4, Bench::demonio);
            referencias(catalog, programas);
            List<Future<List<Ind>>> futuros = new ArrayList<>();
            for (int p = 1; p <= programas; p++) {
                int programa = p;
                futuros.add(pool.submit(() -> programa(catalog, programa, programas)));
            }
            List<Ind> indicadores = new ArrayList<>();
            for (Future<List<Ind>> futuro : futuros) {
                indicadores.addAll(futuro.get(10, TimeUnit.MINUTES));
            }
            double segundos = (System.nanoTime() - inicio) / 1e9;
            Files.write(Path.of(o.get("indicadores")), indicadores.stream().map(Ind::linea).toList());
            log("catálogo: %d programas, %d indicadores en %.1f s", programas, indicadores.size(), segundos);
            Path resultados = Path.of(o.get("resultados"));
            anotar(resultados, "catalogo.programas", programas);
            anotar(resultados, "catalogo.indicadores", indicadores.size());
            anotar(resultados, "catalogo.segundos", fmt(segundos));
            anotar(resultados, "catalogo.mezcla", mezcla(indicadores));

            long espera = System.nanoTime();
            esperarCapture(o.get("capture"), indicadores, pool);
            esperarEvaluation(o.get("evaluation"), indicadores, pool);
            log("capture y evaluation conocen los %d indicadores (%.1f s)", indicadores.size(), (System.nanoTime() - espera) / 1e9);
            pool.shutdownNow();
        }

        static String mezcla(List<Ind> indicadores) {
            Map<String, Long> frecuencias = new TreeMap<>(indicadores.stream().collect(Collectors.groupingBy(Ind::frecuencia, Collectors.counting())));
            Map<String, Long> familias = new TreeMap<>(indicadores.stream().collect(Collectors.groupingBy(Ind::familia, Collectors.counting())));
            return frecuencias + " " + familias;
        }

        /** The catalog only accepts programs of registered ramos and URs; 409 means already there. */
        static void referencias(String catalog, int programas) throws Exception {
            for (int r = 0; r < Math.min(40, programas + 1); r++) {
                String ramo = String.format("%02d", r);
                var respuesta = post(catalog + "/ramos", "{\"clave\":\"" + ramo + "\",\"nombre\":\"RAMO SINTÉTICO " + r + "\"}",
                        Acceso.admin());
                if (respuesta.statusCode() != 409) {
                    exigir(201, respuesta, "ramo " + ramo);
                }
            }
            for (int u = 1; u <= unidades(programas); u++) {
                String ur = String.format("S%03d", u);
                var respuesta = post(catalog + "/unidades-responsables", "{\"clave\":\"" + ur
                        + "\",\"nombre\":\"UNIDAD RESPONSABLE SINTÉTICA " + u + "\",\"ramo\":\"" + String.format("%02d", u % 40) + "\"}",
                        Acceso.admin());
                if (respuesta.statusCode() != 409) {
                    exigir(201, respuesta, "unidad responsable " + ur);
                }
            }
        }

        /** A programa with a MIR of six objectives and ten indicators hanging from them. */
        static List<Ind> programa(String catalog, int p, int programas) throws Exception {
            String clave = String.format("B%03d", p);
            String ur = ur(p, programas);
            exigir(201, post(catalog + "/programas", "{\"ejercicio\":" + EJERCICIO
                    + ",\"ramo\":{\"clave\":\"" + String.format("%02d", ramo(p, programas)) + "\",\"nombre\":\"RAMO SINTÉTICO " + ramo(p, programas) + "\"},"
                    + "\"unidadResponsable\":{\"clave\":\"" + ur + "\",\"nombre\":\"UNIDAD RESPONSABLE SINTÉTICA " + ur + "\"},"
                    + "\"clave\":\"" + clave + "\",\"nombre\":\"PROGRAMA SINTÉTICO " + p + " DEL BENCHMARK\","
                    + "\"presupuestoAprobado\":45022975.00,\"presupuestoModificado\":47812885.90}", Acceso.admin()), "programa " + clave);
            String objetivos = catalog + "/programas/" + EJERCICIO + "/" + clave + "/objetivos";
            String fin = objetivo(objetivos, "FIN", null);
            String proposito = objetivo(objetivos, "PROPOSITO", null);
            String c1 = objetivo(objetivos, "COMPONENTE", null);
            String c2 = objetivo(objetivos, "COMPONENTE", null);
            String a1 = objetivo(objetivos, "ACTIVIDAD", c1);
            String a2 = objetivo(objetivos, "ACTIVIDAD", c2);
            List<String> deCadaIndicador = List.of(fin, proposito, c1, c1, c2, c2, a1, a1, a2, a2);
            List<Ind> indicadores = new ArrayList<>();
            for (int j = 0; j < INDICADORES_POR_PROGRAMA; j++) {
                int k = (p - 1) * INDICADORES_POR_PROGRAMA + j;
                Definicion d = Definicion.de(k, false);
                HttpResponse<String> r = post(catalog + "/indicadores", d.request(deCadaIndicador.get(j)), Acceso.admin());
                exigir(201, r, "indicador " + k);
                indicadores.add(new Ind(id(r.body()), ur, d.frecuencia(), d.tiposVariable().size(), d.familia()));
            }
            return indicadores;
        }

        static String objetivo(String url, String nivel, String padre) throws Exception {
            HttpResponse<String> r = post(url, "{\"nivel\":\"" + nivel + "\",\"resumenNarrativo\":\"OBJETIVO " + nivel
                    + " SINTÉTICO DEL BENCHMARK\",\"responsable\":\"UNIDAD SINTÉTICA\""
                    + (padre == null ? "" : ",\"padreId\":\"" + padre + "\"") + "}", Acceso.admin());
            exigir(201, r, "objetivo " + nivel);
            return id(r.body());
        }

        /** capture learns definitions from the topic: POST a captura until it stops answering 422 "no existe". */
        static void esperarCapture(String capture, List<Ind> indicadores, ExecutorService pool) throws Exception {
            long limite = System.nanoTime() + ESPERA_REPLICAS.toNanos();
            List<Future<?>> futuros = new ArrayList<>();
            for (Ind ind : indicadores) {
                futuros.add(pool.submit(() -> {
                    Random r = new Random(ind.id().hashCode());
                    while (true) {
                        HttpResponse<String> resp = post(capture + "/capturas", captura(ind, ind.trimestres().get(0), r),
                                Acceso.capturista(ind.ur()));
                        if (resp.statusCode() == 201) {
                            return null;
                        }
                        if (resp.statusCode() != 422 || !resp.body().contains("no existe") || System.nanoTime() > limite) {
                            throw new IllegalStateException("capture-service no acepta la captura de " + ind.id() + ": "
                                    + resp.statusCode() + " " + recortar(resp.body()));
                        }
                        Thread.sleep(250);
                    }
                }));
            }
            for (Future<?> futuro : futuros) {
                futuro.get(ESPERA_REPLICAS.toSeconds() + 30, TimeUnit.SECONDS);
            }
        }

        static void esperarEvaluation(String evaluation, List<Ind> indicadores, ExecutorService pool) throws Exception {
            long limite = System.nanoTime() + ESPERA_REPLICAS.toNanos();
            List<Future<?>> futuros = new ArrayList<>();
            for (Ind ind : indicadores) {
                futuros.add(pool.submit(() -> {
                    while (get(evaluation + "/indicadores/" + ind.id() + "/resultados", Acceso.consulta()).statusCode() != 200) {
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

    // ---------------------------------------------------------------------------------------
    // (2) maximum sustained rate, (3) freshness, (4) bulk import
    // ---------------------------------------------------------------------------------------

    static final class Carga {
        static final int SEGUNDOS_PASO = 10;
        static final int SEGUNDOS_FRESCURA = 15;
        static final int MUESTRAS_FRESCURA = 100;
        static final int MAX_EN_VUELO = 2000;
        static final double TASA_TOPE = 6400;
        static final Duration ESPERA_RESPUESTA = Duration.ofSeconds(10);
        static final Duration ESPERA_VISIBLE = Duration.ofSeconds(30);
        static final long SONDEO_MS = 20;

        record Paso(double objetivo, double logrado, long ok, long errores, Map<String, Long> porCodigo, double p50, double p99) {
            boolean sostenido() {
                return errores == 0 && logrado >= 0.9 * objetivo;
            }

            String resumen() {
                return String.format(Locale.ROOT, "%.0f/s->%.1f/s ok=%d err=%d%s p50=%.0fms p99=%.0fms", objetivo, logrado, ok,
                        errores, porCodigo.isEmpty() ? "" : " " + porCodigo, p50, p99);
            }
        }

        /** Chooses the indicator-period of each open-loop request; a sampled one is followed to evaluation. */
        interface Muestreo {
            boolean muestrear(long indice);

            void seguir(Ind ind, int trimestre, int version, long recibido201);
        }

        static void ejecutar(Map<String, String> o) throws Exception {
            List<Ind> indicadores = Files.readAllLines(Path.of(o.get("indicadores"))).stream()
                    .filter(l -> !l.isBlank()).map(Ind::deLinea).toList();
            Path resultados = Path.of(o.get("resultados"));
            String capture = o.get("capture");
            Runnable esperarEvaluacion = () -> esperarSinRetraso(o.get("bootstrap"), o.get("grupo-evaluacion"), o.get("topic-capturas"));

            // JIT warm-up, not recorded: the catalog's single capturas barely touched the code paths
            esperarEvaluacion.run();
            log("calentamiento: %s", paso(indicadores, capture, 20, SEGUNDOS_PASO, null).resumen());

            // (2) open loop at rising rates until a step has errors or falls short of its target
            List<Paso> pasos = new ArrayList<>();
            Paso mejor = null;
            Paso fallido = null;
            for (double tasa = 50; tasa <= TASA_TOPE; tasa *= 2) {
                esperarEvaluacion.run();
                Paso paso = paso(indicadores, capture, tasa, SEGUNDOS_PASO, null);
                pasos.add(paso);
                log("ingesta: %s", paso.resumen());
                if (!paso.sostenido()) {
                    fallido = paso;
                    break;
                }
                mejor = paso;
            }
            // even the first step lost: come down by halves to find what the machine holds now
            for (double tasa = 25; mejor == null && tasa >= 10; tasa /= 2) {
                esperarEvaluacion.run();
                Paso paso = paso(indicadores, capture, tasa, SEGUNDOS_PASO, null);
                pasos.add(paso);
                log("ingesta: %s", paso.resumen());
                if (paso.sostenido()) {
                    mejor = paso;
                }
            }
            if (mejor != null && fallido != null && fallido.objetivo() > mejor.objetivo() * 1.5) {
                // one bisection between the last step held and the first one lost
                esperarEvaluacion.run();
                Paso medio = paso(indicadores, capture, (mejor.objetivo() + fallido.objetivo()) / 2, SEGUNDOS_PASO, null);
                pasos.add(medio);
                log("ingesta: %s", medio.resumen());
                if (medio.sostenido()) {
                    mejor = medio;
                }
            }
            anotar(resultados, "ingesta.pasos", pasos.stream().map(Paso::resumen).collect(Collectors.joining("; ")));
            anotar(resultados, "ingesta.max_tps", mejor == null ? "0" : fmt(mejor.logrado()));
            anotar(resultados, "ingesta.max_objetivo", mejor == null ? "0" : fmt(mejor.objetivo()));
            anotar(resultados, "ingesta.p99_ms", mejor == null ? "" : fmt(mejor.p99()));

            // (3) freshness at half the maximum sustained rate
            double tasaFrescura = Math.max(5, (mejor == null ? pasos.get(0).logrado() : mejor.logrado()) / 2);
            esperarEvaluacion.run();
            frescura(o.get("evaluation"), indicadores, capture, tasaFrescura, resultados,
                    () -> retrasoAhora(o.get("bootstrap"), o.get("grupo-evaluacion"), o.get("topic-capturas")));

            // (4) bulk import, if capture-service has it
            esperarEvaluacion.run();
            Lote.medir(capture, indicadores, completa(o), resultados);
        }

        /** Sends round(tasa * segundos) capturas at fixed intervals, whatever the answers' latency. */
        static Paso paso(List<Ind> indicadores, String capture, double tasa, int segundos, Muestreo muestreo) throws InterruptedException {
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
                Ind ind = indicadores.get(r.nextInt(indicadores.size()));
                List<Integer> trimestres = ind.trimestres();
                int trimestre = trimestres.get(r.nextInt(trimestres.size()));
                boolean muestra = muestreo != null && muestreo.muestrear(i);
                HttpRequest req = HttpRequest.newBuilder(uri).timeout(ESPERA_RESPUESTA)
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + Acceso.capturista(ind.ur()))
                        .POST(HttpRequest.BodyPublishers.ofString(captura(ind, trimestre, r))).build();
                enVuelo.incrementAndGet();
                long inicio = System.nanoTime();
                HTTP.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, ex) -> {
                    long fin = System.nanoTime();
                    latencias[nLatencias.getAndIncrement()] = fin - inicio;
                    if (ex == null && resp.statusCode() == 201) {
                        ok.incrementAndGet();
                        if (muestra) {
                            muestreo.seguir(ind, trimestre, entero(resp.body(), "\"version\":(\\d+)"), fin);
                        }
                    } else {
                        errores.incrementAndGet();
                        Throwable causa = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
                        String codigo = causa != null ? causa.getClass().getSimpleName() : String.valueOf(resp.statusCode());
                        porCodigo.computeIfAbsent(codigo, k -> new LongAdder()).increment();
                    }
                    ultima.accumulateAndGet(fin, Math::max);
                    enVuelo.decrementAndGet();
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
            long[] ms = Arrays.stream(Arrays.copyOf(latencias, Math.min(nLatencias.get(), total))).map(n -> n / 1_000_000).sorted().toArray();
            Map<String, Long> codigos = new TreeMap<>();
            porCodigo.forEach((k, v) -> codigos.put(k, v.sum()));
            return new Paso(tasa, ok.get() / transcurrido, ok.get(), errores.get(), codigos, percentil(ms, 50), percentil(ms, 99));
        }

        /**
         * Follows ~100 capturas of a run at the given rate: from their 201 until evaluation shows,
         * for that trimestre, a capturaVersion at least the one returned. A newer version of the
         * same period implies this one was applied first (same key, same partition, in order).
         */
        static void frescura(String evaluation, List<Ind> indicadores, String capture, double tasa, Path resultados,
                             LongSupplier retraso) throws Exception {
            int total = (int) Math.round(tasa * SEGUNDOS_FRESCURA);
            int cada = Math.max(1, total / MUESTRAS_FRESCURA);
            List<Long> tiempos = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger noVistas = new AtomicInteger();
            AtomicInteger pendientes = new AtomicInteger();
            ScheduledExecutorService sondeo = Executors.newScheduledThreadPool(4, Bench::demonio);
            Muestreo muestreo = new Muestreo() {
                @Override
                public boolean muestrear(long indice) {
                    return indice % cada == 0;
                }

                @Override
                public void seguir(Ind ind, int trimestre, int version, long recibido201) {
                    pendientes.incrementAndGet();
                    URI uri = URI.create(evaluation + "/indicadores/" + ind.id() + "/resultados");
                    Runnable[] consulta = new Runnable[1];
                    consulta[0] = () -> {
                        try {
                            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(ESPERA_RESPUESTA)
                                            .header("Authorization", "Bearer " + Acceso.consulta()).GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            long ahora = System.nanoTime();
                            if (r.statusCode() == 200 && capturaVersion(r.body(), trimestre) >= version) {
                                tiempos.add((ahora - recibido201) / 1_000_000);
                                pendientes.decrementAndGet();
                            } else if (ahora - recibido201 > ESPERA_VISIBLE.toNanos()) {
                                noVistas.incrementAndGet();
                                pendientes.decrementAndGet();
                            } else {
                                sondeo.schedule(consulta[0], SONDEO_MS, TimeUnit.MILLISECONDS);
                            }
                        } catch (Exception e) {
                            noVistas.incrementAndGet();
                            pendientes.decrementAndGet();
                        }
                    };
                    sondeo.execute(consulta[0]);
                }
            };
            Paso paso = paso(indicadores, capture, tasa, SEGUNDOS_FRESCURA, muestreo);
            // evaluation's backlog when the load stops: what the freshness percentiles wait behind
            long retrasoAlTerminar = retraso.getAsLong();
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
            long[] ms = vistos.stream().mapToLong(Long::longValue).sorted().toArray();
            log("frescura a %.1f/s: %d muestras, p50=%.0f p95=%.0f p99=%.0f ms, no vistas %d; carga %s; retraso de evaluation al terminar %d",
                    tasa, ms.length, percentil(ms, 50), percentil(ms, 95), percentil(ms, 99), noVistas.get(), paso.resumen(), retrasoAlTerminar);
            anotar(resultados, "frescura.tasa", fmt(tasa));
            anotar(resultados, "frescura.carga", paso.resumen());
            anotar(resultados, "frescura.muestras", ms.length);
            anotar(resultados, "frescura.retraso_al_terminar", retrasoAlTerminar);
            anotar(resultados, "frescura.no_vistas", noVistas.get() + pendientes.get());
            anotar(resultados, "frescura.p50_ms", fmt(percentil(ms, 50)));
            anotar(resultados, "frescura.p95_ms", fmt(percentil(ms, 95)));
            anotar(resultados, "frescura.p99_ms", fmt(percentil(ms, 99)));
        }

        /** capturaVersion of the quarter's result in a ResultadosIndicador body; -1 if none yet. */
        static int capturaVersion(String json, int trimestre) {
            String[] porTrimestre = json.split("\"trimestre\":");
            for (int i = 1; i < porTrimestre.length; i++) {
                if (porTrimestre[i].startsWith(trimestre + ",") || porTrimestre[i].startsWith(trimestre + "}")) {
                    Matcher m = Pattern.compile("\"capturaVersion\":(\\d+)").matcher(porTrimestre[i]);
                    return m.find() ? Integer.parseInt(m.group(1)) : -1;
                }
            }
            return -1;
        }

        /** Lag of the group on the topic and the topic's end offset; lag -1 while the group has committed nothing there. */
        record Retraso(long eventos, long fin) {
        }

        static Retraso retraso(Admin admin, String grupo, String topic) throws Exception {
            Map<TopicPartition, OffsetAndMetadata> confirmados = admin.listConsumerGroupOffsets(grupo)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> pedir = new HashMap<>();
            confirmados.keySet().stream().filter(tp -> tp.topic().equals(topic)).forEach(tp -> pedir.put(tp, OffsetSpec.latest()));
            if (pedir.isEmpty()) {
                return new Retraso(-1, -1);
            }
            var finales = admin.listOffsets(pedir).all().get(10, TimeUnit.SECONDS);
            long fin = pedir.keySet().stream().mapToLong(tp -> finales.get(tp).offset()).sum();
            long confirmado = pedir.keySet().stream().mapToLong(tp -> confirmados.get(tp).offset()).sum();
            return new Retraso(fin - confirmado, fin);
        }

        /**
         * Waits (bounded) until evaluation-service has consumed every captura event and the topic
         * stopped growing for a second, i.e. capture's outbox relay has nothing left either, so
         * a step does not pay for the backlog of the one before.
         */
        static void esperarSinRetraso(String bootstrap, String grupo, String topic) {
            long inicio = System.nanoTime();
            long limite = inicio + 120_000_000_000L;
            Retraso ultimo = new Retraso(-1, -1);
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
                while (System.nanoTime() < limite) {
                    Retraso r = retraso(admin, grupo, topic);
                    if (r.eventos() == 0 && r.fin() == ultimo.fin()) {
                        log("evaluation-service al día con %s (%d eventos) tras %.1f s de espera", topic, r.fin(), (System.nanoTime() - inicio) / 1e9);
                        return;
                    }
                    ultimo = r;
                    Thread.sleep(1000);
                }
            } catch (Exception e) {
                log("no se pudo leer el retraso del grupo %s: %s", grupo, e);
                return;
            }
            log("aviso: evaluation-service sigue con %d eventos de retraso en %s tras 120 s", ultimo.eventos(), topic);
        }

        /** The group's lag right now, for the record; -1 if it cannot be read. */
        static long retrasoAhora(String bootstrap, String grupo, String topic) {
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
                return retraso(admin, grupo, topic).eventos();
            } catch (Exception e) {
                return -1;
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // (4) bulk import: POST /capturas/lote as JSON and as CSV, if capture-service has it
    // ---------------------------------------------------------------------------------------

    static final class Lote {
        static final int TAMANO = 1000;

        record Periodo(Ind ind, int trimestre) {
        }

        static void medir(String capture, List<Ind> indicadores, boolean completa, Path resultados) throws Exception {
            String url = capture + "/capturas/lote";
            // one capturista's upload: the UR with the most indicator-periods
            String ur = indicadores.stream().collect(Collectors.groupingBy(Ind::ur, Collectors.counting()))
                    .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String token = Acceso.capturista(ur);
            HttpResponse<String> sonda = post(url, "[]", token);
            if (sonda.statusCode() == 404 || sonda.statusCode() == 405) {
                log("lote: POST /capturas/lote no existe (%d): no disponible", sonda.statusCode());
                anotar(resultados, "lote.estado", "no disponible");
                return;
            }
            // Two-variable, non-monthly indicators, so every CSV row has the same V1,V2 columns.
            List<Periodo> periodos = new ArrayList<>();
            for (Ind ind : indicadores) {
                if (ind.ur().equals(ur) && ind.variables() == 2 && !ind.frecuencia().equals("MENSUAL")) {
                    ind.trimestres().forEach(t -> periodos.add(new Periodo(ind, t)));
                }
            }
            Collections.shuffle(periodos, new Random(7));
            int tamano = Math.min(TAMANO, periodos.size());
            int lotes = completa ? 10 : 3;
            anotar(resultados, "lote.tamano", tamano);
            anotar(resultados, "lote.lotes", lotes);
            anotar(resultados, "lote.estado", "disponible");
            medirFormato("json", url, "application/json", lotes, tamano, periodos, resultados, token);
            medirFormato("csv", url, "text/csv", lotes, tamano, periodos, resultados, token);
        }

        static void medirFormato(String formato, String url, String tipo, int lotes, int tamano, List<Periodo> periodos,
                                 Path resultados, String token) throws Exception {
            Random r = new Random(formato.hashCode());
            long valores = 0;
            long transcurrido = 0;
            // The endpoint's JSON shape is not fixed yet: a bare array of CapturaRequest, or one
            // wrapped in {"capturas": [...]} if the array is refused.
            boolean envuelto = false;
            for (int i = 0; i < lotes; i++) {
                List<Periodo> lote = periodos.subList(0, tamano);
                String cuerpo = formato.equals("json") ? json(lote, r) : csv(lote, r);
                long inicio = System.nanoTime();
                HttpResponse<String> resp = enviar(url, tipo, envuelto ? "{\"capturas\":" + cuerpo + "}" : cuerpo, token);
                if (i == 0 && formato.equals("json") && (resp.statusCode() == 400 || resp.statusCode() == 422)) {
                    log("lote json: el arreglo no se aceptó (%d %s); pruebo {\"capturas\": [...]}", resp.statusCode(), recortar(resp.body()));
                    envuelto = true;
                    inicio = System.nanoTime();
                    resp = enviar(url, tipo, "{\"capturas\":" + cuerpo + "}", token);
                }
                transcurrido += System.nanoTime() - inicio;
                if (resp.statusCode() != 200 && resp.statusCode() != 201) {
                    log("lote %s: %d %s", formato, resp.statusCode(), recortar(resp.body()));
                    anotar(resultados, "lote." + formato + "_error", resp.statusCode() + " " + recortar(resp.body()));
                    return;
                }
                valores += 2L * tamano;
            }
            double porSegundo = valores / (transcurrido / 1e9);
            log("lote %s: %d lotes de %d capturas, %.0f valores/s", formato, lotes, tamano, porSegundo);
            anotar(resultados, "lote." + formato + "_valores_s", fmt(porSegundo));
        }

        static HttpResponse<String> enviar(String url, String tipo, String cuerpo, String token) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + token).header("Content-Type", tipo).POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** A JSON array of CapturaRequest, the shape of POST /capturas repeated. */
        static String json(List<Periodo> lote, Random r) {
            return lote.stream().map(p -> captura(p.ind(), p.trimestre(), r)).collect(Collectors.joining(",", "[", "]"));
        }

        /** One row per indicator-period, a column per variable; texts quoted as RFC 4180 asks. */
        static String csv(List<Periodo> lote, Random r) {
            StringBuilder sb = new StringBuilder("indicadorId,ejercicio,trimestre,V1,V2,analisisLogro,justificacionVariacion,preliminar\n");
            for (Periodo p : lote) {
                sb.append(p.ind().id()).append(',').append(EJERCICIO).append(',').append(p.trimestre()).append(',')
                        .append(r.nextInt(100_000) + 1).append('.').append(10 + r.nextInt(90)).append(',')
                        .append(100_000 + r.nextInt(100_000)).append(",\"").append(ANALISIS).append("\",\"")
                        .append(JUSTIFICACION).append("\",false\n");
            }
            return sb.toString();
        }
    }

    // ---------------------------------------------------------------------------------------
    // (5) the country-sized replay set, produced straight to the topics
    // ---------------------------------------------------------------------------------------

    static final class Replay {
        static void producir(Map<String, String> o) throws Exception {
            int periodos = Integer.parseInt(o.get("periodos"));
            int indicadores = periodos / 4;
            String prefijo = o.get("prefijo");
            Map<String, Object> config = new HashMap<>();
            config.put("bootstrap.servers", o.get("bootstrap"));
            config.put("acks", "all");
            config.put("enable.idempotence", "true");
            config.put("linger.ms", "20");
            config.put("batch.size", "262144");
            config.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
            config.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", o.get("bootstrap")))) {
                admin.createTopics(List.of(new NewTopic(prefijo + "indicadores", 1, (short) 1),
                        new NewTopic(prefijo + "capturas", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            long inicio = System.nanoTime();
            long bytes = 0;
            try (KafkaProducer<String, String> productor = new KafkaProducer<>(config)) {
                UUID[] ids = new UUID[indicadores];
                Definicion[] definiciones = new Definicion[indicadores];
                for (int i = 0; i < indicadores; i++) {
                    ids[i] = UUID.randomUUID();
                    definiciones[i] = Definicion.de(i, true);
                    String evento = definiciones[i].evento(ids[i], i / 10);
                    bytes += evento.length();
                    productor.send(new ProducerRecord<>(prefijo + "indicadores", ids[i].toString(), evento));
                }
                Random r = new Random(11);
                for (int trimestre = 1; trimestre <= 4; trimestre++) {
                    for (int i = 0; i < indicadores; i++) {
                        String evento = eventoCaptura(ids[i], trimestre, definiciones[i].tiposVariable().size(), r);
                        bytes += evento.length();
                        productor.send(new ProducerRecord<>(prefijo + "capturas", ids[i].toString(), evento));
                    }
                }
                productor.flush();
            }
            double segundos = (System.nanoTime() - inicio) / 1e9;
            log("réplica: %d indicadores y %d capturas en %s{indicadores,capturas}, %.1f s", indicadores, indicadores * 4, prefijo, segundos);
            Path resultados = Path.of(o.get("resultados"));
            anotar(resultados, "rebuild.periodos", indicadores * 4);
            anotar(resultados, "rebuild.eventos", indicadores * 5);
            anotar(resultados, "rebuild.produccion_s", fmt(segundos));
            anotar(resultados, "rebuild.evento_bytes", bytes / (indicadores * 5L));
        }

        /** A CapturaRegistradaEvent v1 of version 1, as capture's outbox relay sends it. */
        static String eventoCaptura(UUID indicador, int trimestre, int variables, Random r) {
            String ahora = ahora();
            return "{\"schemaVersion\":1,\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + ahora + "\","
                    + "\"capturaId\":\"" + UUID.randomUUID() + "\",\"indicadorId\":\"" + indicador + "\",\"definicionVersion\":1,"
                    + "\"ejercicio\":" + EJERCICIO + ",\"trimestre\":" + trimestre + ",\"version\":1,\"estado\":\"ENVIADA\","
                    + "\"valoresPorMes\":[{\"mes\":" + trimestre * 3 + ",\"valores\":" + valoresAleatorios(variables, r) + "}],"
                    + "\"preliminar\":false,\"tardia\":true,\"justificacionVariacion\":\"" + JUSTIFICACION + "\","
                    + "\"capturadoPor\":\"BENCH800101AB1\",\"capturadoEn\":\"" + ahora + "\",\"revision\":0}";
        }
    }

    // ---------------------------------------------------------------------------------------
    // (7) the Markdown table
    // ---------------------------------------------------------------------------------------

    static final class Informe {
        static void escribir(Map<String, String> o) throws IOException {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(Path.of(o.get("resultados")), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            boolean completa = "completa".equals(p.getProperty("escala"));
            StringBuilder md = new StringBuilder();
            md.append("# Benchmark de PbR-SED\n\n");
            md.append("Generado por `deploy/bench/run.sh --escala ").append(p.getProperty("escala")).append("` el ")
                    .append(p.getProperty("fecha")).append(". Cada cifra se compara con una línea base medida en la misma ")
                    .append("corrida y en la misma máquina (generador de carga, servicios, PostgreSQL y Kafka comparten los núcleos).\n\n");
            if (!completa) {
                md.append("> **Escala pequeña** (10 programas, 100 indicadores, réplica de 2,000 periodos): sirve para probar el ")
                        .append("arnés; las metas se juzgan a escala completa (`--escala completa`).\n\n");
            }
            if (!p.getProperty("infra_inicio", "").equals(p.getProperty("infra_fin", ""))) {
                md.append("> **Aviso:** PostgreSQL o Kafka se reiniciaron durante la corrida (").append(p.getProperty("infra_inicio"))
                        .append(" -> ").append(p.getProperty("infra_fin")).append("); las cifras de esta corrida no son válidas.\n\n");
            }
            md.append("## Máquina\n\n");
            md.append("| | |\n|---|---|\n");
            md.append("| núcleos (nproc) | ").append(p.getProperty("nproc")).append(" |\n");
            md.append("| memoria | ").append(p.getProperty("memoria_mb")).append(" MB |\n");
            md.append("| Java | ").append(p.getProperty("java_version")).append(" |\n");
            md.append("| PostgreSQL | ").append(p.getProperty("postgresql_version")).append(" |\n");
            md.append("| carga media (uptime) al empezar / al terminar | ").append(p.getProperty("carga_inicio")).append(" / ")
                    .append(p.getProperty("carga_fin")).append(" |\n");
            md.append("| escala | ").append(p.getProperty("escala")).append(": ").append(p.getProperty("catalogo.programas"))
                    .append(" programas, ").append(p.getProperty("catalogo.indicadores")).append(" indicadores ")
                    .append(p.getProperty("catalogo.mezcla", "")).append("; réplica de ").append(p.getProperty("rebuild.periodos"))
                    .append(" periodos |\n\n");

            md.append("## Resultados\n\n");
            md.append("| medida | resultado | línea base (misma corrida) | razón | meta | ¿cumple? |\n");
            md.append("|---|---|---|---|---|---|\n");
            double ingesta = num(p, "ingesta.max_tps");
            double pgbench = num(p, "pgbench.tps");
            fila(md, "Ingesta: máxima tasa sostenida sin errores de POST /capturas",
                    n(ingesta) + " capturas/s", "pgbench `captura.sql`, 8 clientes: " + n(pgbench) + " tps",
                    pct(ingesta, pgbench), ">= 50 % de pgbench", cumple(ingesta / pgbench >= 0.5, ingesta, pgbench));
            double p99 = num(p, "frescura.p99_ms");
            double e2e = num(p, "kafka.e2e_p99_ms");
            fila(md, "Frescura p99, del 201 al resultado legible (a " + n(num(p, "frescura.tasa")) + " capturas/s, "
                            + p.getProperty("frescura.muestras") + " muestras)",
                    n(p99) + " ms (p50 " + n(num(p, "frescura.p50_ms")) + ", p95 " + n(num(p, "frescura.p95_ms")) + ")",
                    "Kafka extremo a extremo p99: " + n(e2e) + " ms", veces(p99, e2e), "<= 1,000 ms", cumple(p99 <= 1000, p99));
            double loteBase = num(p, "pgbench_lote.tps") * 1000 * 2;
            String estadoLote = p.getProperty("lote.estado", "no medido");
            for (String formato : List.of("json", "csv")) {
                double v = num(p, "lote." + formato + "_valores_s");
                String resultado = !estadoLote.equals("disponible") ? estadoLote
                        : p.containsKey("lote." + formato + "_error") ? "error: " + p.getProperty("lote." + formato + "_error")
                        : n(v) + " valores/s (lotes de " + p.getProperty("lote.tamano") + " capturas)";
                fila(md, "Importación masiva " + formato.toUpperCase(Locale.ROOT), resultado,
                        "pgbench `captura-lote.sql` (1,000 capturas por transacción): " + n(loteBase) + " valores/s",
                        Double.isNaN(v) ? "—" : pct(v, loteBase), ">= 50,000 valores/s", Double.isNaN(v) ? "—" : cumple(v >= 50_000, v));
            }
            double rebuildS = num(p, "rebuild.total_ms") / 1000;
            double periodos = num(p, "rebuild.periodos");
            double consumo = num(p, "rebuild.eventos") / num(p, "kafka.consume_rps");
            String rebuild = "true".equals(p.getProperty("rebuild.completo"))
                    ? n1(rebuildS) + " s desde el arranque (listo en " + n1(num(p, "rebuild.ready_ms") / 1000) + " s)"
                    : "incompleto: " + p.getProperty("rebuild.alcanzados") + " de " + n(periodos) + " en " + n1(rebuildS) + " s";
            String proyeccion = "";
            boolean rebuildOk = "true".equals(p.getProperty("rebuild.completo"));
            if (!completa && rebuildOk) {
                double listo = num(p, "rebuild.ready_ms") / 1000;
                double tasa = periodos / Math.max(0.001, rebuildS - listo);
                double proyectado = listo + 100_000 / tasa;
                proyeccion = "; proyección lineal a 100,000: " + n1(proyectado) + " s";
                rebuildOk = proyectado <= 30;
            } else if (rebuildOk) {
                rebuildOk = rebuildS <= 30;
            }
            fila(md, "Reconstrucción: evaluation-service nuevo (base y grupo nuevos) rehace " + n(periodos) + " periodos desde los topics",
                    rebuild + proyeccion, "Kafka consume los mismos " + n(num(p, "rebuild.eventos")) + " eventos en " + n2(consumo) + " s",
                    veces(rebuildS, consumo), "100,000 periodos <= 30 s", completa ? cumple(rebuildOk, rebuildS) : rebuildOk ? "sí (proyectado)" : "no (proyectado)");
            double bareRss = num(p, "bare_catalog.rss_inicio_mb");
            for (String s : List.of("catalog", "capture", "evaluation")) {
                double ready = num(p, s + ".ready_ms");
                double bareReady = num(p, "bare_" + s + ".ready_ms");
                fila(md, s + "-service: arranque hasta /q/health/ready 200", n(ready) + " ms",
                        "app Quarkus REST vacía, arrancada justo antes, hasta GET /hola 200: " + n(bareReady) + " ms", veces(ready, bareReady),
                        "<= 2x", cumple(ready <= 2 * bareReady, ready, bareReady));
            }
            for (String s : List.of("catalog", "capture", "evaluation")) {
                double rss = num(p, s + ".rss_carga_mb");
                fila(md, s + "-service: RSS tras la carga (tras arrancar: " + n(num(p, s + ".rss_inicio_mb")) + " MB)", n(rss) + " MB",
                        "app Quarkus REST vacía: " + n(bareRss) + " MB", veces(rss, bareRss), "<= 300 MB", cumple(rss <= 300, rss));
            }
            md.append("\n## Líneas base y detalle\n\n");
            md.append("| medida | valor |\n|---|---|\n");
            md.append("| pgbench `captura.sql` (8 clientes, 2 hilos, 15 s) | ").append(n(pgbench)).append(" tps, latencia media ")
                    .append(p.getProperty("pgbench.latencia_ms")).append(" ms |\n");
            md.append("| pgbench `captura-lote.sql` (2 clientes, 10 s) | ").append(n1(num(p, "pgbench_lote.tps"))).append(" tps x 1,000 capturas |\n");
            md.append("| Kafka ProducerPerformance (1 KiB, acks=all, idempotente) | ").append(n(num(p, "kafka.produce_rps"))).append(" registros/s, p99 ")
                    .append(p.getProperty("kafka.produce_p99_ms")).append(" ms |\n");
            md.append("| Kafka ConsumerPerformance (1 KiB) | ").append(n(num(p, "kafka.consume_rps"))).append(" registros/s |\n");
            md.append("| Kafka EndToEndLatency (1 KiB, acks=all) | p50 ").append(p.getProperty("kafka.e2e_p50_ms")).append(" ms, p99 ")
                    .append(p.getProperty("kafka.e2e_p99_ms")).append(" ms |\n");
            md.append("| tamaño medio escrito por la API | fila `captura` ").append(p.getProperty("tamano.captura_bytes"))
                    .append(" B, evento `capturas` ").append(p.getProperty("tamano.evento_bytes")).append(" B, evento `capturas-tardias` ")
                    .append(p.getProperty("tamano.tardia_bytes")).append(" B |\n");
            md.append("| catálogo sintético por la API REST | ").append(p.getProperty("catalogo.segundos")).append(" s |\n");
            md.append("| pasos de ingesta (objetivo -> logrado) | ").append(p.getProperty("ingesta.pasos")).append(" |\n");
            md.append("| carga durante la frescura; eventos pendientes en evaluation al terminarla | ").append(p.getProperty("frescura.carga"))
                    .append("; ").append(p.getProperty("frescura.retraso_al_terminar")).append(" |\n");
            md.append("| réplica producida a Kafka | ").append(n(num(p, "rebuild.eventos"))).append(" eventos de ")
                    .append(p.getProperty("rebuild.evento_bytes")).append(" B en ").append(p.getProperty("rebuild.produccion_s")).append(" s |\n");
            md.append("| evaluation-service de la reconstrucción: RSS al terminar | ").append(p.getProperty("rebuild.rss_mb")).append(" MB |\n");
            md.append("\nLas razones son resultado / línea base. Los servicios y la app vacía corren con las mismas opciones de JVM, las de `deploy/k8s/jvm.env`: `")
                    .append(p.getProperty("jvm_opts")).append("`.\n");
            Files.writeString(Path.of(o.get("salida")), md.toString());
        }

        static void fila(StringBuilder md, String... celdas) {
            md.append("| ").append(String.join(" | ", celdas)).append(" |\n");
        }

        static String cumple(boolean ok, double... cifras) {
            for (double c : cifras) {
                if (Double.isNaN(c)) {
                    return "—";
                }
            }
            return ok ? "sí" : "**no**";
        }

        static double num(Properties p, String clave) {
            String v = p.getProperty(clave);
            try {
                return v == null || v.isBlank() ? Double.NaN : Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        static String n(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.US, "%,.0f", v);
        }

        static String n1(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.US, "%,.1f", v);
        }

        static String n2(double v) {
            return Double.isNaN(v) ? "—" : String.format(Locale.US, "%,.2f", v);
        }

        static String pct(double a, double b) {
            return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "—" : String.format(Locale.US, "%.0f %%", 100 * a / b);
        }

        static String veces(double a, double b) {
            return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "—" : String.format(Locale.US, "%.1fx", a / b);
        }
    }

    // ---------------------------------------------------------------------------------------
    // helpers
    // ---------------------------------------------------------------------------------------

    static Map<String, String> opciones(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("se esperaba --opcion y llegó " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }

    /**
     * Bearer tokens signed with the run's local key (deploy/jwt; the services trust its public
     * half): the catalog is written by an admin-catalogo, each UR captures with its own capturista,
     * results are read by a consulta.
     */
    static final class Acceso {
        static final String EMISOR = System.getenv().getOrDefault("PBR_JWT_ISSUER", "https://pbrsed.local/emisor-demo");
        static final java.security.PrivateKey CLAVE = mx.pbrsed.jwt.ClavesJwt.leerPrivada(Path.of(System.getenv("PBR_JWT_DIR")));
        static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

        static String admin() {
            return token(mx.pbrsed.jwt.Token.ROL_ADMIN_CATALOGO, null);
        }

        static String consulta() {
            return token(mx.pbrsed.jwt.Token.ROL_CONSULTA, null);
        }

        static String capturista(String ur) {
            return token(mx.pbrsed.jwt.Token.ROL_CAPTURISTA, ur);
        }

        private static String token(String rol, String ur) {
            return TOKENS.computeIfAbsent(rol + "/" + ur, k -> mx.pbrsed.jwt.Token
                    .de(EMISOR, "bench-" + rol + (ur == null ? "" : "-" + ur), rol, ur, Duration.ofHours(12)).firmar(CLAVE));
        }
    }

    static boolean completa(Map<String, String> o) {
        return "completa".equals(o.getOrDefault("escala", "pequena"));
    }

    static HttpResponse<String> post(String url, String json, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void exigir(int estado, HttpResponse<String> r, String que) {
        if (r.statusCode() != estado) {
            throw new IllegalStateException(que + ": " + r.statusCode() + " " + recortar(r.body()));
        }
    }

    static String id(String json) {
        Matcher m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("respuesta sin id: " + recortar(json));
        }
        return m.group(1);
    }

    static int entero(String json, String regex) {
        Matcher m = Pattern.compile(regex).matcher(json);
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    static double percentil(long[] ordenados, double p) {
        if (ordenados.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100 * ordenados.length) - 1;
        return ordenados[Math.max(0, Math.min(i, ordenados.length - 1))];
    }

    static String ahora() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String recortar(String s) {
        String una = s.replaceAll("\\s+", " ");
        return una.length() > 300 ? una.substring(0, 300) + "..." : una;
    }

    /** Appends key=value to the run's results (a java.util.Properties file). */
    static synchronized void anotar(Path archivo, String clave, Object valor) {
        String v = String.valueOf(valor).replace("\\", "/").replace("\n", " ");
        try {
            Files.writeString(archivo, clave + "=" + v + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void log(String formato, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, formato, args));
    }

    static Thread demonio(Runnable r) {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
    }
}
