package mx.pbrsed.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A signed RS256 JWT in the shape the services verify (MicroProfile JWT): {@code sub}, {@code upn},
 * {@code groups} with the roles, and {@code ur}, the unidad responsable a capturista captures for.
 */
public record Token(String emisor, String sujeto, List<String> roles, String ur, Instant emitidoEn, Instant expiraEn) {
    public static final String ROL_CAPTURISTA = "capturista";
    public static final String ROL_VALIDADOR = "validador";
    public static final String ROL_ADMIN_CATALOGO = "admin-catalogo";
    public static final String ROL_CONSULTA = "consulta";

    public Token {
        roles = List.copyOf(roles);
    }

    /** A token valid from now for {@code vigencia}. */
    public static Token de(String emisor, String sujeto, String rol, String ur, Duration vigencia) {
        Instant ahora = Instant.now();
        return new Token(emisor, sujeto, List.of(rol), ur, ahora, ahora.plus(vigencia));
    }

    public String firmar(PrivateKey clave) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String cabecera = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String cuerpo = b64.encodeToString(reclamos().getBytes(StandardCharsets.UTF_8));
        try {
            Signature firma = Signature.getInstance("SHA256withRSA");
            firma.initSign(clave);
            firma.update((cabecera + "." + cuerpo).getBytes(StandardCharsets.US_ASCII));
            return cabecera + "." + cuerpo + "." + b64.encodeToString(firma.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No se pudo firmar el token", e);
        }
    }

    private String reclamos() {
        List<String> campos = new ArrayList<>();
        campos.add(texto("iss", emisor));
        campos.add(texto("sub", sujeto));
        campos.add(texto("upn", sujeto));
        campos.add(texto("jti", UUID.randomUUID().toString()));
        campos.add("\"iat\":" + emitidoEn.getEpochSecond());
        campos.add("\"exp\":" + expiraEn.getEpochSecond());
        campos.add("\"groups\":[" + String.join(",", roles.stream().map(Token::cadena).toList()) + "]");
        if (ur != null) {
            campos.add(texto("ur", ur));
        }
        return "{" + String.join(",", campos) + "}";
    }

    private static String texto(String nombre, String valor) {
        return cadena(nombre) + ":" + cadena(valor);
    }

    private static String cadena(String valor) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : valor.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
