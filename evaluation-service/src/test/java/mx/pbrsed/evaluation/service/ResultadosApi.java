package mx.pbrsed.evaluation.service;

import static mx.pbrsed.evaluation.Peticiones.comoConsulta;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import mx.pbrsed.evaluation.domain.EstadoResultado;
import mx.pbrsed.evaluation.rest.model.ResultadoPeriodo;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;

/** Reads GET /indicadores/{id}/resultados as the raw body (numbers as printed) and as the API model. */
public final class ResultadosApi {
    public static final Duration ESPERA = Duration.ofSeconds(20);

    /** Unknown fields fail: the model and the body must agree. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private ResultadosApi() {
    }

    public record Consulta(String cuerpo, ResultadosIndicador resultados) {
        public ResultadoPeriodo trimestre(int trimestre) {
            return resultados.resultados().stream()
                    .filter(r -> r.trimestre() == trimestre)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("Sin resultado del trimestre " + trimestre + ": " + cuerpo));
        }

        public boolean calculadoEnQ4() {
            return resultados.resultados().stream()
                    .anyMatch(r -> r.trimestre() == 4 && r.estado() == EstadoResultado.CALCULADO);
        }
    }

    /** Empty while the service does not know the indicator (404). */
    public static Optional<Consulta> consultar(UUID indicadorId) {
        Response respuesta = comoConsulta().accept("application/json")
                .get("/indicadores/{id}/resultados", indicadorId);
        if (respuesta.statusCode() == 404) {
            return Optional.empty();
        }
        respuesta.then().statusCode(200).contentType("application/json");
        String cuerpo = respuesta.asString();
        try {
            return Optional.of(new Consulta(cuerpo, JSON.readValue(cuerpo, ResultadosIndicador.class)));
        } catch (JsonProcessingException e) {
            throw new AssertionError("Cuerpo ilegible: " + cuerpo, e);
        }
    }

    /** Polls until the indicator is known and {@code listo} holds, for at most {@link #ESPERA}. */
    public static Consulta esperar(UUID indicadorId, Predicate<Consulta> listo) {
        return await().atMost(ESPERA)
                .until(() -> consultar(indicadorId).filter(listo).orElse(null), consulta -> consulta != null);
    }

    public static Consulta esperarQ4Calculado(UUID indicadorId) {
        return esperar(indicadorId, Consulta::calculadoEnQ4);
    }
}
