package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Problemas.assertProblema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-subject write limit, with the production mechanism and a burst small enough to reach:
 * past it a write is a 429 problem with Retry-After and the RateLimit headers, nothing is done, and
 * another subject, or a read, is not affected. The rest of the suite raises the limits (tests are
 * not users; application.properties).
 */
@QuarkusTest
@TestProfile(LimiteDeSolicitudesTest.RafagaCorta.class)
class LimiteDeSolicitudesTest {
    private static final int RAFAGA = 3;

    public static class RafagaCorta implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pbr.http.escrituras.por-segundo", "0.05", "pbr.http.escrituras.rafaga", String.valueOf(RAFAGA));
        }
    }

    @Test
    void unaEscrituraMasAllaDelLimiteDelSujetoEsUn429ConRetryAfterYLasCabecerasRateLimit() {
        var sujeto = Tokens.capturista("limite.rafaga", Tokens.UR);
        for (int i = 0; i < RAFAGA; i++) {
            Response admitida = devengadoIlegible(sujeto);
            admitida.then().statusCode(400).header("RateLimit-Limit", String.valueOf(RAFAGA))
                    .header("RateLimit-Remaining", String.valueOf(RAFAGA - 1 - i));
        }

        Response rechazada = devengadoIlegible(sujeto);
        assertProblema(rechazada, 429).body("type", equalTo("https://pbrsed.mx/problemas/demasiadas-solicitudes"));
        assertThat(Integer.parseInt(rechazada.header("Retry-After"))).isPositive();
        assertThat(rechazada.header("RateLimit-Limit")).isEqualTo(String.valueOf(RAFAGA));
        assertThat(rechazada.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(Integer.parseInt(rechazada.header("RateLimit-Reset"))).isPositive();

        devengadoIlegible(Tokens.capturista("limite.otro", Tokens.UR)).then().statusCode(400);
        // reads have their own bucket
        Tokens.capturista("limite.rafaga", Tokens.UR).get("/calendarios/2023").then().statusCode(200)
                .header("RateLimit-Remaining", notNullValue());
    }

    /** A write that is refused after the limit is counted: it stores nothing either way. */
    private static Response devengadoIlegible(RequestSpecification como) {
        return como.contentType(ContentType.JSON).body("{\"ejercicio\": \"2023\"}").post("/devengados");
    }
}
