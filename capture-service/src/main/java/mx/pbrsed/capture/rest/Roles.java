package mx.pbrsed.capture.rest;

/** The roles a token carries in its groups claim. */
public final class Roles {
    /** Captures for the unidad responsable in the token's ur claim only. */
    public static final String CAPTURISTA = "capturista";
    /** Validates or returns capturas. */
    public static final String VALIDADOR = "validador";
    /** Writes the catalog and, here, the capture calendar. */
    public static final String ADMIN_CATALOGO = "admin-catalogo";
    /** Reads. */
    public static final String CONSULTA = "consulta";

    private Roles() {
    }
}
