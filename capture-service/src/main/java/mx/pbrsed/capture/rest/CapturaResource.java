package mx.pbrsed.capture.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.rest.model.Captura;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.service.CapturaService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/capturas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "capturas", description = "Quarterly values of the indicators")
public class CapturaResource {
    private final CapturaService capturas;

    public CapturaResource(CapturaService capturas) {
        this.capturas = capturas;
    }

    @POST
    @Operation(operationId = "registrarCaptura",
            summary = "Records a captura (a new version when the period already has one) and publishes it")
    public Response registrar(@Valid @NotNull CapturaRequest request, UriInfo uri) {
        Captura captura = capturas.registrar(request);
        return Response.created(uri.getBaseUriBuilder().path("capturas")
                        .path(captura.indicadorId().toString()).path(String.valueOf(captura.ejercicio()))
                        .path(String.valueOf(captura.trimestre())).build())
                .entity(captura).build();
    }

    @GET
    @Path("/{indicadorId}/{ejercicio}/{trimestre}")
    @Operation(operationId = "listarVersionesCaptura", summary = "Every version of an indicator-period's captura, oldest first")
    public List<Captura> versiones(@PathParam("indicadorId") UUID indicadorId,
                                   @PathParam("ejercicio") int ejercicio,
                                   @PathParam("trimestre") @Min(1) @Max(4) int trimestre) {
        return capturas.versiones(indicadorId, ejercicio, trimestre);
    }
}
