package mx.pbrsed.platform.pruebas;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Pattern;

/** Asserts that a refusal is a well-formed RFC 9457 problem that leaks nothing of the implementation. */
public final class ProblemaSeguro {
    /** Class names, stack frames and SQL text a problem must never carry. */
    private static final List<Pattern> FUGAS = List.of(
            Pattern.compile("\\b(java|javax|jakarta|org|com|io|mx)\\.[a-z]+\\.[A-Za-z]"),
            Pattern.compile("Exception\\b"),
            Pattern.compile("\\bat [a-z]+\\.[a-z]+"),
            Pattern.compile("(?i)\\b(select|insert into|update [a-z_]+ set|delete from)\\b"),
            Pattern.compile("SQLState|ERROR: |PSQL|Hibernate|Jackson|Vert\\.x|RESTEASY", Pattern.CASE_INSENSITIVE));

    private ProblemaSeguro() {
    }

    /** A 4xx problem whose status, in the line and in the body, is {@code estado} (0: any 4xx). */
    public static void es4xx(Response respuesta, int estado, String caso) {
        int real = respuesta.statusCode();
        assertThat(real).as("%s: status", caso).isBetween(400, 499);
        if (estado != 0) {
            assertThat(real).as("%s: status", caso).isEqualTo(estado);
        }
        esProblema(respuesta, caso);
    }

    /** A problem whose body agrees with the status line and names no internals. */
    public static void esProblema(Response respuesta, String caso) {
        String cuerpo = respuesta.asString();
        assertThat(respuesta.contentType()).as("%s: content type (body %s)", caso, recorte(cuerpo))
                .startsWith("application/problem+json");
        assertThat(respuesta.jsonPath().getInt("status")).as("%s: status in the body", caso).isEqualTo(respuesta.statusCode());
        assertThat(respuesta.jsonPath().getString("type")).as("%s: type", caso).startsWith("https://pbrsed.mx/problemas/");
        assertThat(respuesta.jsonPath().getString("title")).as("%s: title", caso).isNotBlank();
        assertThat(respuesta.jsonPath().getString("detail")).as("%s: detail", caso).isNotBlank();
        sinFugas(cuerpo, caso);
    }

    public static void sinFugas(String cuerpo, String caso) {
        for (Pattern fuga : FUGAS) {
            assertThat(fuga.matcher(cuerpo).find()).as("%s: the body leaks %s: %s", caso, fuga, recorte(cuerpo)).isFalse();
        }
    }

    private static String recorte(String cuerpo) {
        return cuerpo.length() > 400 ? cuerpo.substring(0, 400) + "…" : cuerpo;
    }
}
