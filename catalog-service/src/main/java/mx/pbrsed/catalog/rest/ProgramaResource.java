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
import mx.pbrsed.catalog.rest.model.ObjetivoRequest;
import mx.pbrsed.catalog.rest.model.Programa;
import mx.pbrsed.catalog.rest.model.ProgramaRequest;
import mx.pbrsed.catalog.service.IndicadorService;
import mx.pbrsed.catalog.service.RecursoNoEncontradoException;
import mx.pbrsed.catalog.service.ProgramaService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/programas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "programas", description = "Programas presupuestarios and their MIR")
public class ProgramaResource {
    private final ProgramaService programas;
    private final IndicadorService indicadores;

    public ProgramaResource(ProgramaService programas, IndicadorService indicadores) {
        this.programas = programas;
        this.indicadores = indicadores;
    }

    @POST
    @Operation(operationId = "crearPrograma", summary = "Registers a programa presupuestario for an ejercicio")
    public Response crear(@Valid @NotNull ProgramaRequest request, UriInfo uri) {
        Programa programa = programas.crear(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(programa.ejercicio())).path(programa.clave()).build())
                .entity(programa).build();
    }

    @GET
    @Path("/{ejercicio}/{clave}")
    @Operation(operationId = "obtenerPrograma", summary = "A programa with its MIR objectives")
    public Response obtener(@PathParam("ejercicio") int ejercicio, @PathParam("clave") String clave) {
        return Response.ok(programas.buscar(ejercicio, clave)
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"))).build();
    }

    @POST
    @Path("/{ejercicio}/{clave}/objetivos")
    @Operation(operationId = "agregarObjetivo", summary = "Adds an objective (FIN, PROPOSITO, COMPONENTE, ACTIVIDAD) to the MIR")
    public Response agregarObjetivo(@PathParam("ejercicio") int ejercicio, @PathParam("clave") String clave,
                                    @Valid @NotNull ObjetivoRequest request) {
        return Response.status(Response.Status.CREATED).entity(programas.agregarObjetivo(ejercicio, clave, request)).build();
    }

    @GET
    @Path("/{ejercicio}/{clave}/indicadores")
    @Operation(operationId = "listarIndicadoresDePrograma", summary = "The indicators of a programa, by MIR level")
    public Response indicadores(@PathParam("ejercicio") int ejercicio, @PathParam("clave") String clave) {
        return Response.ok(indicadores.delPrograma(ejercicio, clave)
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"))).build();
    }
}
