package mx.pbrsed.capture.rest;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;

/**
 * Requests with a bearer token of the test key pair, as each kind of user sends them. Tokens are
 * kept per user: signing one for every request would only slow the tests down.
 */
final class Tokens {
    /** The seed's unidad responsable, IPAM, which the test definitions belong to. */
    static final String UR = "118";
    static final String CAPTURISTA = "capturista.ipam";
    static final String VALIDADOR = "evaluador.sfa";
    static final String ADMIN = "admin.sfa";
    static final String CONSULTA = "consulta.sfa";

    private static final Map<List<String>, String> FIRMADOS = new ConcurrentHashMap<>();

    private Tokens() {
    }

    static String token(String sujeto, String rol, String ur) {
        return FIRMADOS.computeIfAbsent(Arrays.asList(sujeto, rol, ur), k -> ClavesDePrueba.token(sujeto, rol, ur));
    }

    static RequestSpecification con(String token) {
        return given().auth().oauth2(token);
    }

    /** IPAM's capturista. */
    static RequestSpecification capturista() {
        return capturista(CAPTURISTA, UR);
    }

    static RequestSpecification capturista(String sujeto, String ur) {
        return con(token(sujeto, Token.ROL_CAPTURISTA, ur));
    }

    static RequestSpecification validador() {
        return con(token(VALIDADOR, Token.ROL_VALIDADOR, null));
    }

    static RequestSpecification admin() {
        return con(token(ADMIN, Token.ROL_ADMIN_CATALOGO, null));
    }

    static RequestSpecification consulta() {
        return con(token(CONSULTA, Token.ROL_CONSULTA, null));
    }
}
