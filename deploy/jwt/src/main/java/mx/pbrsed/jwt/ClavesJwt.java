package mx.pbrsed.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** An RSA key pair as PEM files: {@code publica.pem} for the services, {@code privada.pem} for signing. */
public final class ClavesJwt {
    public static final String PUBLICA = "publica.pem";
    public static final String PRIVADA = "privada.pem";

    private ClavesJwt() {
    }

    public static KeyPair generar() {
        try {
            KeyPairGenerator generador = KeyPairGenerator.getInstance("RSA");
            generador.initialize(2048);
            return generador.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA no disponible en esta JVM", e);
        }
    }

    /** Writes a new pair into {@code dir} unless one is there already; returns the public key's path. */
    public static synchronized Path asegurar(Path dir) {
        Path publica = dir.resolve(PUBLICA);
        Path privada = dir.resolve(PRIVADA);
        if (Files.exists(publica) && Files.exists(privada)) {
            return publica;
        }
        KeyPair par = generar();
        try {
            Files.createDirectories(dir);
            Path temporal = Files.createTempFile(dir, "privada", ".tmp");
            Files.setPosixFilePermissions(temporal, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(temporal, pem("PRIVATE KEY", par.getPrivate().getEncoded()));
            Files.move(temporal, privada, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(publica, pem("PUBLIC KEY", par.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return publica;
    }

    public static PrivateKey leerPrivada(Path dir) {
        try {
            String texto = Files.readString(dir.resolve(PRIVADA), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(texto)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Clave privada ilegible en " + dir, e);
        }
    }

    private static String pem(String tipo, byte[] der) {
        return "-----BEGIN " + tipo + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + tipo + "-----\n";
    }
}
