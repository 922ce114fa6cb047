package mx.pbrsed.jwt;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Command line for deploy/run.sh and the benchmark:
 * {@code claves DIR} makes the pair once; {@code token DIR EMISOR SUJETO ROL [UR] [HORAS]} prints a token.
 */
public final class Herramienta {
    private Herramienta() {
    }

    public static void main(String[] args) {
        if (args.length >= 2 && args[0].equals("claves")) {
            System.out.println(ClavesJwt.asegurar(Path.of(args[1])).toAbsolutePath());
        } else if (args.length >= 5 && args[0].equals("token")) {
            String ur = args.length > 5 && !args[5].isEmpty() ? args[5] : null;
            long horas = args.length > 6 ? Long.parseLong(args[6]) : 12;
            Path dir = Path.of(args[1]);
            System.out.println(Token.de(args[2], args[3], args[4], ur, Duration.ofHours(horas)).firmar(ClavesJwt.leerPrivada(dir)));
        } else {
            System.err.println("uso: claves DIR | token DIR EMISOR SUJETO ROL [UR] [HORAS]");
            System.exit(2);
        }
    }
}
