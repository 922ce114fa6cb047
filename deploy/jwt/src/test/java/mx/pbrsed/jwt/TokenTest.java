package mx.pbrsed.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenTest {
    @Test
    void firmaVerificableConLaClavePublicaYReclamosMpJwt() throws Exception {
        KeyPair par = ClavesJwt.generar();
        String jwt = Token.de("https://emisor", "ana\"q", Token.ROL_CAPTURISTA, "118", Duration.ofHours(1)).firmar(par.getPrivate());

        String[] partes = jwt.split("\\.");
        assertThat(partes).hasSize(3);
        Signature firma = Signature.getInstance("SHA256withRSA");
        firma.initVerify(par.getPublic());
        firma.update((partes[0] + "." + partes[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(firma.verify(Base64.getUrlDecoder().decode(partes[2]))).isTrue();
        String reclamos = new String(Base64.getUrlDecoder().decode(partes[1]), StandardCharsets.UTF_8);
        assertThat(reclamos).contains("\"iss\":\"https://emisor\"", "\"sub\":\"ana\\\"q\"", "\"groups\":[\"capturista\"]", "\"ur\":\"118\"");
    }

    @Test
    void asegurarNoReemplazaUnParExistente(@TempDir Path dir) throws Exception {
        Path publica = ClavesJwt.asegurar(dir);
        String antes = java.nio.file.Files.readString(publica);
        ClavesJwt.asegurar(dir);
        assertThat(java.nio.file.Files.readString(publica)).isEqualTo(antes).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(ClavesJwt.leerPrivada(dir).getAlgorithm()).isEqualTo("RSA");
    }
}
