package mx.pbrsed.capture.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.pbrsed.platform.http.LimiteDeSolicitudes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The per-subject limiter's headers on the error answers too: the platform's filter documents them on
 * 2xx answers only, yet the limiter adds them to every answer to a request it counted, a 4xx included.
 * They are documented as optional, since a request it did not count (no valid token: a 401; refused at
 * the HTTP edge) carries none. Runs after the platform's filter, which adds the shared 4xx answers.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -100)
public class LimitesEnElContrato implements OASFilter {
    private static final String CONDICION = " Sent on every answer to a request the limiter counted (one with a valid "
            + "token); absent otherwise, as on a 401.";
    /** In a fixed order: Map.of's changes from one JVM to the next, and the committed contract would drift. */
    private static final Map<String, String> CABECERAS = new LinkedHashMap<>();

    static {
        CABECERAS.put(LimiteDeSolicitudes.LIMITE, "Requests the token may make at once (its bucket).");
        CABECERAS.put(LimiteDeSolicitudes.RESTANTES, "Requests left in the bucket.");
        CABECERAS.put(LimiteDeSolicitudes.REINICIO, "Seconds until the bucket is full again.");
    }

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        CABECERAS.forEach((nombre, descripcion) -> openApi.getComponents().addHeader(nombre, OASFactory.createHeader()
                .description(descripcion + CONDICION).schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(1_000_000)))));
        if (openApi.getComponents().getResponses() != null) {
            openApi.getComponents().getResponses().forEach((nombre, respuesta) -> conLimites(respuesta));
        }
        openApi.getPaths().getPathItems().forEach((ruta, item) -> item.getOperations().values().forEach(operacion ->
                operacion.getResponses().getAPIResponses().forEach((codigo, respuesta) -> {
                    if (codigo.startsWith("4") && respuesta.getRef() == null) {
                        conLimites(respuesta);
                    }
                })));
    }

    private static void conLimites(APIResponse respuesta) {
        CABECERAS.keySet().forEach(nombre -> {
            if (respuesta.getHeaders() == null || !respuesta.getHeaders().containsKey(nombre)) {
                Header referencia = OASFactory.createHeader().ref(nombre);
                respuesta.addHeader(nombre, referencia);
            }
        });
    }
}
