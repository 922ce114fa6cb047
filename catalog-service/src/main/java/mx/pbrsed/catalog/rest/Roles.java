package mx.pbrsed.catalog.rest;

/**
 * The roles a token carries in its groups claim. The catalog is written only by admin-catalogo and
 * read by any of the four: capture and evaluation users need the definitions they work with.
 */
final class Roles {
    static final String CAPTURISTA = "capturista";
    static final String VALIDADOR = "validador";
    static final String ADMIN_CATALOGO = "admin-catalogo";
    static final String CONSULTA = "consulta";

    private Roles() {
    }
}
