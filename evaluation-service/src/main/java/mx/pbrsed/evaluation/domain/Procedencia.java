package mx.pbrsed.evaluation.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What a period's projection was computed from: the definition's version and, for each quarter
 * 1..t, the version of its captura (null: none). Live events only move these forward, one at a
 * time; a replay or a rebuild walks through older combinations again, none of them newer in every
 * part than the last one announced. That is what tells a real change from a repeated one.
 */
public record Procedencia(int definicionVersion, List<Version> capturas) {

    private static final String NINGUNA = "-";

    public Procedencia {
        Objects.requireNonNull(capturas, "capturas");
        capturas = Collections.unmodifiableList(new ArrayList<>(capturas));
    }

    /** At least as new in every part: the definition, and each quarter's captura (none is older than any). */
    public boolean alMenosTanNuevaComo(Procedencia otra) {
        if (definicionVersion < otra.definicionVersion || capturas.size() != otra.capturas.size()) {
            return false;
        }
        for (int i = 0; i < capturas.size(); i++) {
            Version mia = capturas.get(i);
            Version suya = otra.capturas.get(i);
            if (suya != null && (mia == null || mia.compareTo(suya) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** As stored: "3;1.0;-;2.1" (definition 3; Q1 v1.0, Q2 none, Q3 v2.1). */
    public String texto() {
        StringBuilder texto = new StringBuilder().append(definicionVersion);
        for (Version captura : capturas) {
            texto.append(';').append(captura == null ? NINGUNA : captura.numero() + "." + captura.revision());
        }
        return texto.toString();
    }

    public static Procedencia leer(String texto) {
        String[] partes = texto.split(";", -1);
        List<Version> capturas = new ArrayList<>();
        for (int i = 1; i < partes.length; i++) {
            if (NINGUNA.equals(partes[i])) {
                capturas.add(null);
            } else {
                String[] numeroYRevision = partes[i].split("\\.", -1);
                capturas.add(new Version(Integer.parseInt(numeroYRevision[0]), Integer.parseInt(numeroYRevision[1])));
            }
        }
        return new Procedencia(Integer.parseInt(partes[0]), capturas);
    }
}
