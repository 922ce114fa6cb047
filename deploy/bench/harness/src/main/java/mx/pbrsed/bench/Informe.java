package mx.pbrsed.bench;

import static mx.pbrsed.bench.Formato.cumple;
import static mx.pbrsed.bench.Formato.n;
import static mx.pbrsed.bench.Formato.n1;
import static mx.pbrsed.bench.Formato.n2;
import static mx.pbrsed.bench.Formato.pct;
import static mx.pbrsed.bench.Formato.veces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The last step: the Markdown table of deploy/bench/RESULTADOS.md, from the run's figures, each
 * beside the baseline measured in the same run. Start-up and RSS are measured by run.sh itself
 * (it starts the JVMs); this only reads them.
 */
final class Informe {
    private Informe() {
    }

    static void escribir(Path resultados, Path salida) throws IOException {
        Files.writeString(salida, texto(Resultados.leer(resultados)));
    }

    static String texto(Properties p) {
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
        resultados(md, p, completa);
        detalle(md, p);
        return md.toString();
    }

    /** Each figure against its baseline and its target. */
    private static void resultados(StringBuilder md, Properties p, boolean completa) {
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
    }

    /** The baselines themselves and what explains the figures. */
    private static void detalle(StringBuilder md, Properties p) {
        double pgbench = num(p, "pgbench.tps");
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
        if (p.getProperty("ingesta.cpu_ms_por_captura", "").length() > 0) {
            md.append("| CPU por captura aceptada en el primer paso, ms, desde que empieza hasta que evaluation se pone al día | ")
                    .append(p.getProperty("ingesta.cpu_ms_por_captura")).append(" |\n");
        }
        md.append("| carga durante la frescura; eventos pendientes en evaluation al terminarla | ").append(p.getProperty("frescura.carga"))
                .append("; ").append(p.getProperty("frescura.retraso_al_terminar")).append(" |\n");
        md.append("| réplica producida a Kafka | ").append(n(num(p, "rebuild.eventos"))).append(" eventos de ")
                .append(p.getProperty("rebuild.evento_bytes")).append(" B en ").append(p.getProperty("rebuild.produccion_s")).append(" s |\n");
        md.append("| evaluation-service de la reconstrucción: RSS al terminar | ").append(p.getProperty("rebuild.rss_mb")).append(" MB |\n");
        md.append("\nLas razones son resultado / línea base. Los servicios y la app vacía corren con las mismas opciones de JVM, las de `deploy/k8s/jvm.env`: `")
                .append(p.getProperty("jvm_opts")).append("`.\n");
    }

    private static void fila(StringBuilder md, String... celdas) {
        md.append("| ").append(String.join(" | ", celdas)).append(" |\n");
    }

    /** A figure of the run; NaN when missing or not a number, so its cells show — instead. */
    static double num(Properties p, String clave) {
        String v = p.getProperty(clave);
        try {
            return v == null || v.isBlank() ? Double.NaN : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
