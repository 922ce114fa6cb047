package mx.pbrsed.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import mx.pbrsed.catalog.rest.model.DocumentoPrograma;
import mx.pbrsed.catalog.rest.model.ObjetivoRequest;
import mx.pbrsed.catalog.rest.model.Programa;
import mx.pbrsed.catalog.rest.model.ProgramaCambioRequest;
import mx.pbrsed.catalog.rest.model.ProgramaRequest;
import mx.pbrsed.catalog.rest.model.ResultadoImportacion;
import mx.pbrsed.catalog.service.DocumentoProgramaService;
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
    private final DocumentoProgramaService documentos;

    public ProgramaResource(ProgramaService programas, IndicadorService indicadores, DocumentoProgramaService documentos) {
        this.programas = programas;
        this.indicadores = indicadores;
        this.documentos = documentos;
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

    @PUT
    @Path("/{ejercicio}/{clave}")
    @Operation(operationId = "modificarPrograma",
            summary = "Changes nombre and presupuesto modificado; a change publishes version N+1 on programas")
    public Programa modificar(@PathParam("ejercicio") int ejercicio, @PathParam("clave") String clave,
                              @Valid @NotNull ProgramaCambioRequest request) {
        return programas.actualizar(ejercicio, clave, request);
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

    @GET
    @Path("/{ejercicio}/{clave}/documento")
    @Operation(operationId = "exportarPrograma",
            summary = "The programa, its MIR and the current fichas of its indicators as one document, without ids")
    public DocumentoPrograma exportar(@PathParam("ejercicio") int ejercicio, @PathParam("clave") String clave) {
        return documentos.exportar(ejercicio, clave)
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"));
    }

    @PUT
    @Path("/{ejercicio}/{clave}/documento")
    @Operation(operationId = "importarPrograma",
            summary = "Creates or updates the programa, its objectives and indicators from a document, in one transaction; "
                    + "the same document again changes nothing; 201 when the programa is new")
    public Response importar(@PathParam("ejercicio") int ejercicio, @PathParam("clave") String clave,
                             @Valid @NotNull DocumentoPrograma documento, UriInfo uri) {
        ResultadoImportacion resultado = documentos.importar(ejercicio, clave, documento);
        return resultado.programa().cambio() == ResultadoImportacion.Cambio.CREADO
                ? Response.created(uri.getAbsolutePath()).entity(resultado).build()
                : Response.ok(resultado).build();
    }
}
