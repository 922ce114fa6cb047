package mx.pbrsed.catalog.rest;

import jakarta.validation.Valid;
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
import java.util.UUID;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.IndicadorRequest;
import mx.pbrsed.catalog.service.IndicadorService;
import mx.pbrsed.catalog.service.RecursoNoEncontradoException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/indicadores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "indicadores", description = "Fichas técnicas of the indicators")
public class IndicadorResource {
    private final IndicadorService indicadores;

    public IndicadorResource(IndicadorService indicadores) {
        this.indicadores = indicadores;
    }

    @POST
    @Operation(operationId = "crearIndicador", summary = "Registers an indicator's ficha técnica and publishes version 1")
    public Response crear(@Valid @NotNull IndicadorRequest request, UriInfo uri) {
        Indicador indicador = indicadores.crear(request);
        return Response.created(uri.getAbsolutePathBuilder().path(indicador.id().toString()).build())
                .entity(indicador).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "obtenerIndicador", summary = "The current ficha técnica of an indicator")
    public Response obtener(@PathParam("id") UUID id) {
        return Response.ok(indicadores.buscar(id)
                .orElseThrow(() -> new RecursoNoEncontradoException("el indicador", id))).build();
    }
}
