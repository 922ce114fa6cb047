package mx.pbrsed.bench;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mx.pbrsed.jwt.ClavesJwt;
import mx.pbrsed.jwt.Token;

/**
 * Bearer tokens signed with the run's local key (deploy/jwt; the services trust its public
 * half): the catalog is written by an admin-catalogo, each UR captures with its own capturista,
 * results are read by a consulta.
 */
final class Acceso {
    private static final String EMISOR = System.getenv().getOrDefault("PBR_JWT_ISSUER", "https://pbrsed.local/emisor-demo");
    private static final PrivateKey CLAVE = ClavesJwt.leerPrivada(Path.of(System.getenv("PBR_JWT_DIR")));
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Acceso() {
    }

    static String admin() {
        return token(Token.ROL_ADMIN_CATALOGO, null);
    }

    static String consulta() {
        return token(Token.ROL_CONSULTA, null);
    }

    static String capturista(String ur) {
        return token(Token.ROL_CAPTURISTA, ur);
    }

    private static String token(String rol, String ur) {
        return TOKENS.computeIfAbsent(rol + "/" + ur, k -> Token
                .de(EMISOR, "bench-" + rol + (ur == null ? "" : "-" + ur), rol, ur, Duration.ofHours(12)).firmar(CLAVE));
    }
}
