package mx.pbrsed.evaluation.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.pbrsed.evaluation.rest.model.Reconstruccion;
import mx.pbrsed.evaluation.service.ReconstruccionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "administracion", description = "Operations on the whole evaluation")
public class AdminResource {
    private final ReconstruccionService reconstruccion;

    public AdminResource(ReconstruccionService reconstruccion) {
        this.reconstruccion = reconstruccion;
    }

    @POST
    @Path("/reconstruccion")
    @Operation(operationId = "reconstruirResultados", summary = "Recompute every result",
            description = """
                    origen=REPLICAS (default): recomputes every indicator from the definitions and capturas \
                    this service holds; a result that comes out equal is left untouched, so resultadosCambiados \
                    is 0 when the incremental computation was right. \
                    origen=TOPICS: empties the replicas, the results and the processed events, then reads \
                    indicadores, capturas, programas and devengados from their beginning up to their current \
                    end and applies every event again (no consumer group is reset: the live consumers keep \
                    running, and versions and processed events make both converge). The history of results \
                    and the outbox are kept; rebuilt results are announced on evaluaciones again. \
                    Answers when done.""")
    public Reconstruccion reconstruir(
            @Parameter(description = "REPLICAS or TOPICS") @QueryParam("origen") @DefaultValue("REPLICAS")
            @Pattern(regexp = "REPLICAS|TOPICS", message = "debe ser REPLICAS o TOPICS") String origen) {
        return "TOPICS".equals(origen) ? reconstruccion.desdeTopics() : reconstruccion.desdeReplicas();
    }
}
