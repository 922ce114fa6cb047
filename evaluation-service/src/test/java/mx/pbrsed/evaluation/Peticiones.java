package mx.pbrsed.evaluation;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;

/** Requests with a valid token, for the tests that are not about authorization (AutorizacionMatrizTest is). */
public final class Peticiones {
    public static final String CONSULTA = "ana.consulta";
    public static final String ADMIN = "luis.admin";

    private Peticiones() {
    }

    /** Reads: any role would do. */
    public static RequestSpecification comoConsulta() {
        return con(ClavesDePrueba.token(CONSULTA, Token.ROL_CONSULTA, null));
    }

    /** The rebuild. */
    public static RequestSpecification comoAdmin() {
        return con(ClavesDePrueba.token(ADMIN, Token.ROL_ADMIN_CATALOGO, null));
    }

    public static RequestSpecification con(String token) {
        return RestAssured.given().auth().oauth2(token);
    }
}
