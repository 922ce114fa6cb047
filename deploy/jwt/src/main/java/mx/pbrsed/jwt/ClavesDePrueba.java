package mx.pbrsed.jwt;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Tokens for a test run, signed with a key pair made in the module's {@code target/jwt-prueba} (never
 * committed). A service under test reads {@code publica.pem} from there
 * ({@code %test.mp.jwt.verify.publickey.location=file:target/jwt-prueba/publica.pem}); every method
 * makes the pair first, so it exists before the first request that carries a token.
 */
public final class ClavesDePrueba {
    public static final String EMISOR = "https://pbrsed.test/emisor";
    private static final Path DIR = Path.of("target", "jwt-prueba");

    private ClavesDePrueba() {
    }

    /** The public key's location, made on first use. */
    public static Path publica() {
        return ClavesJwt.asegurar(DIR).toAbsolutePath();
    }

    /** A valid token for one role; {@code ur} only matters to capturistas, may be null. */
    public static String token(String sujeto, String rol, String ur) {
        return firmar(Token.de(EMISOR, sujeto, rol, ur, Duration.ofHours(1)));
    }

    /** A valid token with several roles, for tests that are not about authorization. */
    public static String token(String sujeto, List<String> roles, String ur) {
        Instant ahora = Instant.now();
        return firmar(new Token(EMISOR, sujeto, roles, ur, ahora, ahora.plus(Duration.ofHours(1))));
    }

    /** A token whose exp passed ten minutes ago, beyond any clock skew allowed. */
    public static String expirado(String sujeto, String rol, String ur) {
        Instant antes = Instant.now().minus(Duration.ofHours(1));
        return firmar(new Token(EMISOR, sujeto, List.of(rol), ur, antes, Instant.now().minus(Duration.ofMinutes(10))));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String firmaAjena(String sujeto, String rol, String ur) {
        publica();
        return Token.de(EMISOR, sujeto, rol, ur, Duration.ofHours(1)).firmar(ClavesJwt.generar().getPrivate());
    }

    /** A token from another issuer, signed with the trusted key. */
    public static String otroEmisor(String sujeto, String rol, String ur) {
        return firmar(Token.de("https://otro.emisor/", sujeto, rol, ur, Duration.ofHours(1)));
    }

    private static String firmar(Token token) {
        publica();
        return token.firmar(ClavesJwt.leerPrivada(DIR));
    }
}
