package mx.pbrsed.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The load generator and report writer of deploy/bench/run.sh, one subcommand per call. run.sh
 * measures what it times itself between the calls (start-up, RSS, the rebuild's catch-up, the
 * baselines); each subcommand appends its figures as key=value lines to --resultados.
 *
 * <pre>
 * catalogo --escala pequena|completa --catalog URL --capture URL --evaluation URL --indicadores F --resultados F
 * carga    --escala E --indicadores F --capture URL --evaluation URL --bootstrap HOST:PORT
 *          --topic-capturas T --grupo-evaluacion G --resultados F
 * replay   --bootstrap HOST:PORT --prefijo P --periodos N --asyncapi asyncapi.yaml --resultados F
 * informe  --resultados F --salida RESULTADOS.md
 * </pre>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("uso: Bench catalogo|carga|replay|informe --opcion valor ...");
        }
        Opciones o = Opciones.de(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "catalogo" -> Catalogo.generar(o);
            case "carga" -> carga(o);
            case "replay" -> Replay.producir(o);
            case "informe" -> Informe.escribir(o.ruta("resultados"), o.ruta("salida"));
            default -> throw new IllegalArgumentException("subcomando desconocido: " + args[0]);
        }
        // the HTTP client's and Kafka's threads must not keep the JVM alive
        System.exit(0);
    }

    /**
     * Maximum sustained ingest, freshness at half of it, bulk import: each starts once evaluation
     * has consumed what the one before produced, so no phase pays for another's backlog.
     */
    static void carga(Opciones o) throws Exception {
        List<Indicador> indicadores = Indicador.leer(o.ruta("indicadores"));
        Resultados resultados = new Resultados(o.ruta("resultados"));
        String capture = o.texto("capture");
        RetrasoEvaluacion retraso = new RetrasoEvaluacion(o.texto("bootstrap"), o.texto("grupo-evaluacion"), o.texto("topic-capturas"));

        CpuDeProcesos cpu = CpuDeProcesos.de(o.texto("pids", ""));
        double sostenida = Ingesta.medir(indicadores, capture, retraso, cpu, resultados);
        retraso.esperarAlDia();
        Frescura.medir(o.texto("evaluation"), indicadores, capture, Math.max(5, sostenida / 2), retraso, resultados);
        retraso.esperarAlDia();
        Lote.medir(capture, indicadores, o.completa(), resultados);
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
