package mx.pbrsed.catalog.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quarkus refuses a body announced larger than quarkus.http.limits.max-body-size before any resource
 * or exception mapper runs, with an empty 413. This route answers the same refusal one step earlier,
 * as a problem, so every error the API gives is problem+json.
 */
@ApplicationScoped
public class LimiteDeCuerpo {
    /** Quarkus's own check is the route of order -2. */
    private static final int ANTES_DEL_LIMITE_DE_QUARKUS = -3;

    private final long limite;
    private final ObjectMapper json;

    public LimiteDeCuerpo(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limite,
                          ObjectMapper json) {
        this.limite = limite.asLongValue();
        this.json = json;
    }

    void registrar(@Observes Router router) {
        router.route().order(ANTES_DEL_LIMITE_DE_QUARKUS).handler(this::revisar);
    }

    private void revisar(RoutingContext contexto) {
        if (longitud(contexto.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= limite) {
            contexto.next();
            return;
        }
        var problema = ProblemaMappers.problema(413, "demasiado-grande", "Cuerpo demasiado grande",
                "El cuerpo de la solicitud pasa del límite de " + limite + " bytes.", contexto.normalizedPath(), List.of());
        try {
            // the body is never read: closing the connection once answered spares receiving what was refused
            contexto.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemaMappers.PROBLEM_JSON)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(fin -> contexto.request().connection().close())
                    .end(json.writeValueAsString(problema));
        } catch (JsonProcessingException e) {
            contexto.fail(413, e);
        }
    }

    /** A missing or unreadable length is left to Quarkus and Netty, which refuse a malformed one themselves. */
    private static long longitud(String cabecera) {
        try {
            return cabecera == null ? 0 : Long.parseLong(cabecera.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
