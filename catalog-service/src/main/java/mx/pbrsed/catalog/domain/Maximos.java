package mx.pbrsed.catalog.domain;

/**
 * How much of each thing the catalog holds: the services refuse one more (409) and the API states
 * the same bounds on its lists. Sized for a real MIR, many times over.
 */
public final class Maximos {
    /** Objectives of one MIR. */
    public static final int OBJETIVOS = 200;
    /** Indicators of one objective in a document. */
    public static final int INDICADORES_POR_OBJETIVO = 20;
    /** Indicators of one programa: as many as a document of the largest MIR holds. */
    public static final int INDICADORES_POR_PROGRAMA = OBJETIVOS * INDICADORES_POR_OBJETIVO;
    /** Versions of one indicator: a change a month for decades. */
    public static final int VERSIONES = 1000;
    /** Entries of one reference catalogue: every ramo, UR or unidad de medida of a state, many times over. */
    public static final int ENTRADAS_POR_CATALOGO = 5000;

    private Maximos() {
    }
}
