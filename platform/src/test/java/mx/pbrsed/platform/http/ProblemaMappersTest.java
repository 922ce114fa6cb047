package mx.pbrsed.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemaMappersTest {
    record Cuerpo(Map<String, BigDecimal> valores) {
    }

    /** Only getPath is asked of it. */
    private final UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
            (proxy, metodo, argumentos) -> "getPath".equals(metodo.getName()) ? "/capturas" : URI.create("/capturas"));

    @Test
    void unaClaveDeMapaEnormeODeControlSeCitaAcotadaYEscapadaAlNombrarElCampo() {
        String clave = "V\u0001" + "x".repeat(100_000);
        JsonMappingException e = JsonMappingException.from((JsonParser) null, "valor inválido");
        e.prependPath(new JsonMappingException.Reference(new HashMap<String, BigDecimal>(), clave));
        e.prependPath(new JsonMappingException.Reference(new Cuerpo(Map.of()), "valores"));

        Response respuesta = new ProblemaMappers().jsonInvalido(e, uri);

        Problema problema = (Problema) respuesta.getEntity();
        assertThat(respuesta.getStatus()).isEqualTo(400);
        assertThat(problema.errores()).singleElement().satisfies(error -> {
            assertThat(error.campo()).startsWith("valores[V\\u0001xxx").endsWith("…]").hasSizeLessThan(80);
            assertThat(error.mensaje()).hasSizeLessThan(200);
        });
        assertThat(problema.detail()).hasSizeLessThan(200);
    }
}
