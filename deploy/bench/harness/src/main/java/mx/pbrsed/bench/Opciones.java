package mx.pbrsed.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A subcommand's "--name value" pairs; a missing one is an error that names it. */
record Opciones(Map<String, String> valores) {

    static Opciones de(String... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("cada --opcion lleva un valor: " + String.join(" ", args));
        }
        Map<String, String> valores = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("se esperaba --opcion y llegó " + args[i]);
            }
            valores.put(args[i].substring(2), args[i + 1]);
        }
        return new Opciones(Map.copyOf(valores));
    }

    String texto(String nombre) {
        String valor = valores.get(nombre);
        if (valor == null) {
            throw new IllegalArgumentException("falta --" + nombre);
        }
        return valor;
    }

    String texto(String nombre, String porDefecto) {
        return valores.getOrDefault(nombre, porDefecto);
    }

    Path ruta(String nombre) {
        return Path.of(texto(nombre));
    }

    int entero(String nombre) {
        return Integer.parseInt(texto(nombre));
    }

    /** pequena unless said otherwise, as run.sh's default. */
    boolean completa() {
        return "completa".equals(valores.getOrDefault("escala", "pequena"));
    }
}
