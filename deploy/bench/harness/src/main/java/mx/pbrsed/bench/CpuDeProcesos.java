package mx.pbrsed.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time the pipeline's processes spend, read from /proc: what a captura costs the machine,
 * which a shared machine's load changes far less than it changes a rate. A PostgreSQL server
 * counts with its backends, those alive (their own time) and those gone (the time the server
 * collected from them as their parent).
 */
final class CpuDeProcesos {
    /** USER_HZ: the unit of /proc/[pid]/stat's times on Linux, 100 on every common build. */
    private static final double MS_POR_TICK = 10;

    private final Map<String, Long> pids;

    private CpuDeProcesos(Map<String, Long> pids) {
        this.pids = pids;
    }

    /** "capture=123,evaluation=456,postgres=789" (postgres: the server's pid); blank: nothing measured. */
    static CpuDeProcesos de(String lista) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String par : lista.split(",")) {
            if (par.contains("=")) {
                pids.put(par.substring(0, par.indexOf('=')).trim(), Long.parseLong(par.substring(par.indexOf('=') + 1).trim()));
            }
        }
        return new CpuDeProcesos(pids);
    }

    /** CPU milliseconds used so far, by name. */
    Map<String, Double> ahora() {
        Map<String, Double> ms = new LinkedHashMap<>();
        pids.forEach((nombre, pid) -> ms.put(nombre, "postgres".equals(nombre) ? servidorConHijos(pid) : propio(pid)));
        return ms;
    }

    /** ms per unit of work between two readings, by name and in total ("capture=1.20 ... total=3.40"). */
    static String porUnidad(Map<String, Double> antes, Map<String, Double> despues, long unidades) {
        if (antes.isEmpty() || unidades == 0) {
            return "";
        }
        double total = 0;
        StringBuilder texto = new StringBuilder();
        for (var e : despues.entrySet()) {
            double porUnidad = (e.getValue() - antes.getOrDefault(e.getKey(), 0.0)) / unidades;
            total += porUnidad;
            texto.append(String.format(Locale.ROOT, "%s=%.2f ", e.getKey(), porUnidad));
        }
        return texto.append(String.format(Locale.ROOT, "total=%.2f", total)).toString();
    }

    private static double propio(long pid) {
        String[] campos = campos(pid);
        return campos == null ? 0 : (Long.parseLong(campos[11]) + Long.parseLong(campos[12])) * MS_POR_TICK;
    }

    private static double servidorConHijos(long pid) {
        String[] servidor = campos(pid);
        if (servidor == null) {
            return 0;
        }
        double ms = (Long.parseLong(servidor[11]) + Long.parseLong(servidor[12]) + Long.parseLong(servidor[13])
                + Long.parseLong(servidor[14])) * MS_POR_TICK;
        try (Stream<Path> procesos = Files.list(Path.of("/proc"))) {
            for (Path proceso : procesos.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .collect(Collectors.toList())) {
                String[] campos = campos(Long.parseLong(proceso.getFileName().toString()));
                if (campos != null && Long.parseLong(campos[1]) == pid) {
                    ms += (Long.parseLong(campos[11]) + Long.parseLong(campos[12])) * MS_POR_TICK;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("no se pudo leer /proc", e);
        }
        return ms;
    }

    /** The fields of /proc/[pid]/stat after the command name, from the state on (index 0); null if gone. */
    private static String[] campos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException e) {
            return null;
        }
    }
}
