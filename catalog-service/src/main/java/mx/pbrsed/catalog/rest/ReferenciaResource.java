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
import java.util.List;
import mx.pbrsed.catalog.domain.TipoReferencia;
import mx.pbrsed.catalog.rest.model.Referencia;
import mx.pbrsed.catalog.rest.model.ReferenciaRequest;
import mx.pbrsed.catalog.service.ReferenciaService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /ramos, /unidades-responsables and /unidades-medida: list, create, retire. */
@Path("/{catalogo: ramos|unidades-responsables|unidades-medida}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "catalogos", description = "Reference catalogues: ramos, unidades responsables, unidades de medida")
public class ReferenciaResource {
    private final ReferenciaService referencias;

    public ReferenciaResource(ReferenciaService referencias) {
        this.referencias = referencias;
    }

    @GET
    @Operation(operationId = "listarReferencias", summary = "The entries of a catalogue, retired ones included, by clave")
    public List<Referencia> listar(@PathParam("catalogo") String catalogo) {
        return referencias.listar(tipo(catalogo));
    }

    @POST
    @Operation(operationId = "crearReferencia", summary = "Adds an entry; a unidad responsable names its ramo")
    public Response crear(@PathParam("catalogo") String catalogo, @Valid @NotNull ReferenciaRequest request, UriInfo uri) {
        Referencia referencia = referencias.crear(tipo(catalogo), request);
        return Response.created(uri.getAbsolutePathBuilder().path(referencia.clave()).build()).entity(referencia).build();
    }

    @POST
    @Path("/{clave}/retiro")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "retirarReferencia", summary = "Retires an entry: programs that name it keep it, new ones cannot use it")
    public Referencia retirar(@PathParam("catalogo") String catalogo, @PathParam("clave") String clave) {
        return referencias.retirar(tipo(catalogo), clave);
    }

    private static TipoReferencia tipo(String catalogo) {
        return switch (catalogo) {
            case "ramos" -> TipoReferencia.RAMO;
            case "unidades-responsables" -> TipoReferencia.UNIDAD_RESPONSABLE;
            default -> TipoReferencia.UNIDAD_MEDIDA;
        };
    }
}
