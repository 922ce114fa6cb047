package mx.pbrsed.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.pbrsed.platform.http.LimiteDeSolicitudes;
import mx.pbrsed.platform.http.Problemas;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation what the platform's HTTP edge may answer to any request, so the spec
 * tells a client the truth without each resource repeating it: 429 (a token's request budget, with
 * Retry-After and the RateLimit headers every counted answer carries), 503 (saturated or database
 * away, with Retry-After), 500, 413 where there is a body, and 401/403 where a token is required. A
 * response an operation already documents is left as written.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RespuestasComunes implements OASFilter {
    private static final String PROBLEMA = "#/components/schemas/Problema";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getServers() != null) {
            // API inventory (OWASP API9): a loopback server is a development instance, never exposed
            openApi.getServers().forEach(servidor -> servidor.addExtension("x-internal",
                    servidor.getUrl() != null && servidor.getUrl().matches("https?://(127\\.0\\.0\\.1|localhost|\\[::1\\])([:/].*)?")));
        }
        if (openApi.getComponents() != null && openApi.getComponents().getResponses() != null) {
            // shared responses a service's operations refer to: answers a counted token gets like any other
            openApi.getComponents().getResponses().values().forEach(RespuestasComunes::conLimites);
        }
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        openApi.getPaths().getPathItems().forEach((ruta, item) -> {
            if (!ruta.startsWith("/q/")) {
                item.getOperations().values().forEach(this::completar);
            }
        });
    }

    private void completar(Operation operacion) {
        APIResponses respuestas = operacion.getResponses();
        if (respuestas == null) {
            respuestas = OASFactory.createAPIResponses();
            operacion.setResponses(respuestas);
        }
        boolean protegida = operacion.getSecurity() != null && !operacion.getSecurity().isEmpty();
        if (protegida) {
            agregar(respuestas, "401", problema("Sin token Bearer, o uno vencido, alterado o de otro emisor")
                    .addHeader("WWW-Authenticate", cabecera("Bearer", texto(100))));
            agregar(respuestas, "403", problema("El rol o la unidad responsable del token no permiten la operación"));
        }
        if (operacion.getRequestBody() != null) {
            agregar(respuestas, "413", problema("El cuerpo pasa del límite de tamaño del servicio"));
        }
        agregar(respuestas, "429", conLimites(problema("El token pasó de su límite de solicitudes; nada se hizo")
                .addHeader("Retry-After", segundosParaReintentar())));
        agregar(respuestas, "500", problema("Falla inesperada; nada se guardó"));
        agregar(respuestas, "503", problema("Servicio saturado o base de datos no disponible por un momento; nada se hizo")
                .addHeader("Retry-After", segundosParaReintentar()));
        respuestas.getAPIResponses().forEach((codigo, respuesta) -> {
            if ((codigo.startsWith("2") || codigo.startsWith("4")) && respuesta.getRef() == null) {
                conLimites(respuesta);
            }
        });
    }

    private static void agregar(APIResponses respuestas, String codigo, APIResponse respuesta) {
        if (respuestas.getAPIResponse(codigo) == null) {
            respuestas.addAPIResponse(codigo, respuesta);
        }
    }

    private static APIResponse problema(String descripcion) {
        return OASFactory.createAPIResponse().description(descripcion)
                .content(OASFactory.createContent().addMediaType(Problemas.PROBLEM_JSON,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEMA))));
    }

    private static APIResponse conLimites(APIResponse respuesta) {
        // in a fixed order: the committed spec is compared with the served one, line by line
        Map<String, String> limites = new LinkedHashMap<>();
        limites.put(LimiteDeSolicitudes.LIMITE, "Requests the token may make at once (its bucket); absent when the "
                + "request was not counted against a token (a 401)");
        limites.put(LimiteDeSolicitudes.RESTANTES, "Requests left in the bucket");
        limites.put(LimiteDeSolicitudes.REINICIO, "Seconds until the bucket is full again");
        limites.forEach((nombre, descripcion) -> {
            if (respuesta.getHeaders() == null || !respuesta.getHeaders().containsKey(nombre)) {
                respuesta.addHeader(nombre, cabecera(descripcion, entero(0, 1_000_000)));
            }
        });
        return respuesta;
    }

    private static Header segundosParaReintentar() {
        return cabecera("Seconds to wait before retrying", entero(1, 3600));
    }

    private static Header cabecera(String descripcion, Schema esquema) {
        return OASFactory.createHeader().description(descripcion).schema(esquema);
    }

    private static Schema entero(int minimo, int maximo) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(java.math.BigDecimal.valueOf(minimo)).maximum(java.math.BigDecimal.valueOf(maximo));
    }

    private static Schema texto(int maximo) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maximo);
    }
}
