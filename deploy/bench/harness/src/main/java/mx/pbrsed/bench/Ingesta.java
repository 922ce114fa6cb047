package mx.pbrsed.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mx.pbrsed.bench.CargaAbierta.Paso;

/**
 * Phase 2: the maximum rate of single POST /capturas sustained with no errors, by open-loop
 * steps of rising rate, each after evaluation caught up with the one before.
 */
final class Ingesta {
    static final int SEGUNDOS_PASO = 10;
    private static final double TASA_TOPE = 6400;

    private Ingesta() {
    }

    /** Records the steps and the best one; returns the rate freshness is measured against (the best, or the first step's). */
    static double medir(List<Indicador> indicadores, String capture, RetrasoEvaluacion retraso, CpuDeProcesos cpu,
                        Resultados resultados)
            throws InterruptedException {
        // JIT warm-up, not recorded: the catalog's single capturas barely touched the code paths
        retraso.esperarAlDia();
        Bench.log("calentamiento: %s", CargaAbierta.paso(indicadores, capture, 20, SEGUNDOS_PASO, null).resumen());

        // open loop at rising rates until a step has errors or falls short of its target
        List<Paso> pasos = new ArrayList<>();
        Paso mejor = null;
        Paso fallido = null;
        for (double tasa = 50; tasa <= TASA_TOPE; tasa *= 2) {
            Paso paso = paso(indicadores, capture, tasa, retraso, cpu, pasos);
            if (!paso.sostenido()) {
                fallido = paso;
                break;
            }
            mejor = paso;
        }
        // even the first step lost: come down by halves to find what the machine holds now
        for (double tasa = 25; mejor == null && tasa >= 10; tasa /= 2) {
            Paso paso = paso(indicadores, capture, tasa, retraso, cpu, pasos);
            if (paso.sostenido()) {
                mejor = paso;
            }
        }
        if (mejor != null && fallido != null && fallido.objetivo() > mejor.objetivo() * 1.5) {
            // one bisection between the last step held and the first one lost
            Paso medio = paso(indicadores, capture, (mejor.objetivo() + fallido.objetivo()) / 2, retraso, cpu, pasos);
            if (medio.sostenido()) {
                mejor = medio;
            }
        }
        resultados.anotar("ingesta.pasos", pasos.stream().map(Paso::resumen).collect(Collectors.joining("; ")));
        resultados.anotar("ingesta.max_tps", mejor == null ? "0" : Formato.fmt(mejor.logrado()));
        resultados.anotar("ingesta.max_objetivo", mejor == null ? "0" : Formato.fmt(mejor.objetivo()));
        resultados.anotar("ingesta.p99_ms", mejor == null ? "" : Formato.fmt(mejor.p99()));
        // the first step is below saturation in every run so far: its cost per captura compares runs
        resultados.anotar("ingesta.cpu_ms_por_captura", pasos.get(0).cpu());
        return mejor == null ? pasos.get(0).logrado() : mejor.logrado();
    }

    /** A step, and the CPU the pipeline spent on it until evaluation caught up with it. */
    private static Paso paso(List<Indicador> indicadores, String capture, double tasa, RetrasoEvaluacion retraso,
                             CpuDeProcesos cpu, List<Paso> pasos) throws InterruptedException {
        retraso.esperarAlDia();
        var antes = cpu.ahora();
        Paso enviado = CargaAbierta.paso(indicadores, capture, tasa, SEGUNDOS_PASO, null);
        retraso.esperarAlDia();
        Paso paso = enviado.conCpu(CpuDeProcesos.porUnidad(antes, cpu.ahora(), enviado.ok()));
        pasos.add(paso);
        Bench.log("ingesta: %s", paso.resumen());
        return paso;
    }
}
