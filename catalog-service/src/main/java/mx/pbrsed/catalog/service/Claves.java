package mx.pbrsed.catalog.service;

import java.util.Set;

/** Default natural keys: the first free prefijo + n, n from 1 (C1, C2; FIN-1, FIN-2). */
final class Claves {
    private Claves() {
    }

    static String siguiente(String prefijo, Set<String> usadas) {
        int n = 1;
        while (usadas.contains(prefijo + n)) {
            n++;
        }
        return prefijo + n;
    }
}
