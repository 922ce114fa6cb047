package mx.pbrsed.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import mx.pbrsed.bench.Cuerpos.CapturaRequest;
import mx.pbrsed.bench.Cuerpos.ValoresMes;

/**
 * What the load needs to know of an indicator the catalog phase created; the phases pass them on
 * in a file, one "id ur frecuencia variables familia" line each.
 */
record Indicador(UUID id, String ur, Frecuencia frecuencia, int variables, Familia familia) {

    static List<Indicador> leer(Path archivo) throws IOException {
        return Files.readAllLines(archivo).stream().filter(l -> !l.isBlank()).map(Indicador::deLinea).toList();
    }

    static void escribir(Path archivo, List<Indicador> indicadores) throws IOException {
        Files.write(archivo, indicadores.stream().map(Indicador::linea).toList());
    }

    String linea() {
        return id + " " + ur + " " + frecuencia + " " + variables + " " + familia;
    }

    static Indicador deLinea(String linea) {
        String[] c = linea.trim().split(" ");
        return new Indicador(UUID.fromString(c[0]), c[1], Frecuencia.valueOf(c[2]), Integer.parseInt(c[3]), Familia.valueOf(c[4]));
    }

    List<Integer> trimestres() {
        return frecuencia.trimestres();
    }

    /** A captura of the quarter with random values: a MENSUAL indicator gives the quarter's three months. */
    CapturaRequest captura(int trimestre, Random r) {
        if (frecuencia == Frecuencia.MENSUAL) {
            List<ValoresMes> meses = new ArrayList<>();
            for (int mes = trimestre * 3 - 2; mes <= trimestre * 3; mes++) {
                meses.add(new ValoresMes(mes, Sintetico.valores(variables, r)));
            }
            return captura(trimestre, null, meses);
        }
        return captura(trimestre, Sintetico.valores(variables, r), null);
    }

    private CapturaRequest captura(int trimestre, Map<String, BigDecimal> valores, List<ValoresMes> meses) {
        return new CapturaRequest(id, Sintetico.EJERCICIO, trimestre, valores, meses, Sintetico.ANALISIS, Sintetico.JUSTIFICACION, false);
    }
}
