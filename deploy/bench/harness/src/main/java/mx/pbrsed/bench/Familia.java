package mx.pbrsed.bench;

import mx.pbrsed.bench.Cuerpos.NodoExpresion;

/** The formula families the synthetic indicators use: the canonical text and the tree the catalog publishes for it. */
enum Familia {
    PORCENTAJE("(V1 / V2) * 100"),
    DATO_ABSOLUTO("V1"),
    RAZON("V1 / V2"),
    TASA_VARIACION("((V1 / V2) - 1) * 100");

    private final String expresion;

    Familia(String expresion) {
        this.expresion = expresion;
    }

    String expresion() {
        return expresion;
    }

    /** DATO_ABSOLUTO counts one variable; the others divide V1 by V2. */
    int variables() {
        return this == DATO_ABSOLUTO ? 1 : 2;
    }

    NodoExpresion arbol() {
        NodoExpresion cociente = NodoExpresion.operacion("/", NodoExpresion.variable("V1"), NodoExpresion.variable("V2"));
        return switch (this) {
            case PORCENTAJE -> NodoExpresion.operacion("*", cociente, NodoExpresion.numero(100));
            case RAZON -> cociente;
            case TASA_VARIACION -> NodoExpresion.operacion("*", NodoExpresion.operacion("-", cociente, NodoExpresion.numero(1)),
                    NodoExpresion.numero(100));
            case DATO_ABSOLUTO -> NodoExpresion.variable("V1");
        };
    }
}
