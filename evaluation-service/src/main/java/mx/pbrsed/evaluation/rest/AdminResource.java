package mx.pbrsed.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.pbrsed.evaluation.rest.model.Reconstruccion;
import mx.pbrsed.evaluation.rest.model.Reconstruccion.Origen;
import mx.pbrsed.evaluation.service.ReconstruccionHecha;
import mx.pbrsed.evaluation.service.ReconstruccionService;
import mx.pbrsed.platform.seguridad.Solicitante;
import mx.pbrsed.platform.seguridad.Solicitantes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDefinition.ADMINISTRACION)
public class AdminResource {
    private final ReconstruccionService reconstruccion;
    private final JsonWebToken token;

    public AdminResource(ReconstruccionService reconstruccion, JsonWebToken token) {
        this.reconstruccion = reconstruccion;
        this.token = token;
    }

    @POST
    @Path("/reconstruccion")
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @SecurityRequirement(name = ApiDefinition.JWT, scopes = Roles.ADMIN_CATALOGO)
    @Operation(operationId = "reconstruirResultados", summary = "Recompute every result (admin-catalogo)",
            description = """
                    origen=REPLICAS (default): recomputes every indicator from the definitions and capturas \
                    this service holds; a result that comes out equal is left untouched, so resultadosCambiados \
                    is 0 when the incremental computation was right. \
                    origen=TOPICS: empties the replicas, the results and the processed events, then reads \
                    indicadores, capturas, programas and devengados from their beginning up to their current \
                    end and applies every event again (no consumer group is reset: the live consumers keep \
                    running, and versions and processed events make both converge). The history of results \
                    and the outbox are kept; rebuilt results are announced on evaluaciones again. \
                    Answers when done; who asked and when is recorded before it starts. \
                    The operation takes no body: one is refused (413) and nothing starts.""")
    @APIResponse(responseCode = "200", description = "The rebuild ended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reconstruccion.class),
                    examples = {
                            @ExampleObject(name = "replicas", ref = "ReconstruccionReplicas"),
                            @ExampleObject(name = "topics", ref = "ReconstruccionTopics")}))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    public Reconstruccion reconstruir(
            @Parameter(description = "Where to rebuild from",
                    examples = {@ExampleObject(name = "replicas", ref = "OrigenReplicas"),
                            @ExampleObject(name = "topics", ref = "OrigenTopics")},
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"REPLICAS", "TOPICS"}, defaultValue = "REPLICAS"))
            @QueryParam("origen") @DefaultValue("REPLICAS")
            @Pattern(regexp = "^(REPLICAS|TOPICS)$", message = "debe ser REPLICAS o TOPICS") String origen) {
        Solicitante solicitante = Solicitantes.de(token);
        Origen desde = Origen.valueOf(origen);
        ReconstruccionHecha hecha = desde == Origen.TOPICS ? reconstruccion.desdeTopics(solicitante)
                : reconstruccion.desdeReplicas(solicitante);
        return new Reconstruccion(desde, hecha.solicitadoPor(), hecha.solicitadoEn(), hecha.indicadores(),
                hecha.resultadosCambiados(), hecha.eventosLeidos(), hecha.eventosRechazados());
    }
}
