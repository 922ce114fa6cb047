package mx.pbrsed.evaluation.rest;

/** The roles of the tokens' {@code groups} claim; the four are shared by the three services. */
public final class Roles {
    public static final String CAPTURISTA = "capturista";
    public static final String VALIDADOR = "validador";
    public static final String ADMIN_CATALOGO = "admin-catalogo";
    public static final String CONSULTA = "consulta";

    private Roles() {
    }
}
