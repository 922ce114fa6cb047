package mx.pbrsed.catalog.metrics;

import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of /q/metrics, without a token as Prometheus makes it: each series by name and labels.
 * With tracing on, a counter's value may be followed by an exemplar ({@code # {span_id=...} ...}).
 */
public final class Metricas {
    private static final Pattern LINEA = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{([^}]*)\\})?\\s+(\\S+).*$");
    private static final Pattern ETIQUETA = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Serie(String nombre, Map<String, String> etiquetas, double valor) {
    }

    private final List<Serie> series;

    private Metricas(List<Serie> series) {
        this.series = series;
    }

    public static Metricas leer() {
        String texto = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<Serie> series = new ArrayList<>();
        for (String linea : texto.split("\n")) {
            Matcher m = LINEA.matcher(linea);
            if (linea.startsWith("#") || !m.matches()) {
                continue;
            }
            Map<String, String> etiquetas = new HashMap<>();
            if (m.group(2) != null) {
                Matcher e = ETIQUETA.matcher(m.group(2));
                while (e.find()) {
                    etiquetas.put(e.group(1), e.group(2));
                }
            }
            series.add(new Serie(m.group(1), etiquetas, Double.parseDouble(m.group(3).replace("Inf", "Infinity"))));
        }
        return new Metricas(series);
    }

    /** The series with exactly these labels (name, value pairs); 0 when it is not exposed yet. */
    public double valor(String nombre, String... etiquetas) {
        Map<String, String> buscadas = new HashMap<>();
        for (int i = 0; i < etiquetas.length; i += 2) {
            buscadas.put(etiquetas[i], etiquetas[i + 1]);
        }
        return series.stream().filter(s -> s.nombre().equals(nombre) && s.etiquetas().equals(buscadas))
                .mapToDouble(Serie::valor).findFirst().orElse(0);
    }

    boolean expone(String nombre) {
        return series.stream().anyMatch(s -> s.nombre().equals(nombre));
    }

    /** The label sets of every series of that name. */
    List<Map<String, String>> etiquetas(String nombre) {
        return series.stream().filter(s -> s.nombre().equals(nombre)).map(Serie::etiquetas).toList();
    }
}
