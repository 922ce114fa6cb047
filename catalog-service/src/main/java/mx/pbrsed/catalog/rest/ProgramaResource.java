package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.rest.ApiDefinition.CONFLICTO;
import static mx.pbrsed.catalog.rest.ApiDefinition.DEFINICION_INVALIDA;
import static mx.pbrsed.catalog.rest.ApiDefinition.DEMASIADO_GRANDE;
import static mx.pbrsed.catalog.rest.ApiDefinition.NO_AUTENTICADO;
import static mx.pbrsed.catalog.rest.ApiDefinition.NO_ENCONTRADO;
import static mx.pbrsed.catalog.rest.ApiDefinition.PROHIBIDO;
import static mx.pbrsed.catalog.rest.ApiDefinition.TIPO_NO_SOPORTADO;
import static mx.pbrsed.catalog.rest.ApiDefinition.UBICACION_MAXIMA;
import static mx.pbrsed.catalog.rest.ApiDefinition.VALIDACION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.pbrsed.catalog.domain.Maximos;
import mx.pbrsed.catalog.rest.mapping.DocumentoMapper;
import mx.pbrsed.catalog.rest.mapping.IndicadorMapper;
import mx.pbrsed.catalog.rest.mapping.ProgramaMapper;
import mx.pbrsed.catalog.rest.model.DocumentoPrograma;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.Limites;
import mx.pbrsed.catalog.rest.model.Objetivo;
import mx.pbrsed.catalog.rest.model.ObjetivoRequest;
import mx.pbrsed.catalog.rest.model.Programa;
import mx.pbrsed.catalog.rest.model.ProgramaCambioRequest;
import mx.pbrsed.catalog.rest.model.ProgramaRequest;
import mx.pbrsed.catalog.rest.model.ResultadoImportacion;
import mx.pbrsed.catalog.service.DocumentoProgramaService;
import mx.pbrsed.catalog.service.IndicadorService;
import mx.pbrsed.catalog.service.ProgramaService;
import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import mx.pbrsed.platform.http.Ubicaciones;
import mx.pbrsed.platform.seguridad.Solicitantes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/programas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
@Tag(name = "programas")
@APIResponse(responseCode = "401", ref = NO_AUTENTICADO)
@APIResponse(responseCode = "403", ref = PROHIBIDO)
public class ProgramaResource {
    private final ProgramaService programas;
    private final IndicadorService indicadores;
    private final DocumentoProgramaService documentos;
    private final JsonWebToken token;

    public ProgramaResource(ProgramaService programas, IndicadorService indicadores, DocumentoProgramaService documentos,
                            JsonWebToken token) {
        this.programas = programas;
        this.indicadores = indicadores;
        this.documentos = documentos;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "crearPrograma", summary = "Registers a programa presupuestario for an ejercicio",
            description = "The ramo and unidad responsable must be entries in force of the reference catalogues, the UR of "
                    + "that ramo; their names are taken from the catalogues. Publishes version 1 on programas.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgramaRequest.class),
            examples = @ExampleObject(name = "E011", ref = "programa-request")))
    @APIResponse(responseCode = "201", description = "Registered, version 1",
            headers = @Header(name = "Location", description = "/programas/{ejercicio}/{clave}", 
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = UBICACION_MAXIMA)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Programa.class),
                    examples = @ExampleObject(name = "E011", ref = "programa")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Response crear(@Valid @NotNull ProgramaRequest request) {
        Programa programa = ProgramaMapper.aModelo(programas.crear(ProgramaMapper.aDatos(request), Solicitantes.de(token)));
        return Ubicaciones.creado("programas", programa.ejercicio(), programa.clave()).entity(programa).build();
    }

    @GET
    @Path("/{ejercicio}/{clave}")
    @Operation(operationId = "obtenerPrograma", summary = "A programa with its MIR objectives")
    @APIResponse(responseCode = "200", description = "The programa's current version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Programa.class),
                    examples = @ExampleObject(name = "E011", ref = "programa")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public Response obtener(
            @Parameter(description = "The ejercicio", example = "2023") @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "The programa's clave", example = "E011") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave) {
        return Response.ok(programas.buscar(ejercicio, clave).map(ProgramaMapper::aModelo)
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Path("/{ejercicio}/{clave}")
    @Operation(operationId = "modificarPrograma",
            summary = "Changes nombre and presupuesto modificado; a change publishes version N+1 on programas",
            description = "The same values again change nothing and keep the version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgramaCambioRequest.class),
            examples = @ExampleObject(name = "E011", ref = "programa-cambio-request")))
    @APIResponse(responseCode = "200", description = "The programa as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Programa.class),
                    examples = @ExampleObject(name = "E011", ref = "programa")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    public Programa modificar(
            @Parameter(description = "The ejercicio", example = "2023") @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "The programa's clave", example = "E011") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
            @Valid @NotNull ProgramaCambioRequest request) {
        return ProgramaMapper.aModelo(programas.actualizar(ejercicio, clave, ProgramaMapper.aComando(request),
                Solicitantes.de(token)));
    }

    @POST
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Path("/{ejercicio}/{clave}/objetivos")
    @Operation(operationId = "agregarObjetivo", summary = "Adds an objective (FIN, PROPOSITO, COMPONENTE, ACTIVIDAD) to the MIR",
            description = "One FIN and one PROPOSITO per MIR; an ACTIVIDAD names its COMPONENTE as padreId. The clave "
                    + "defaults to FIN, PROPOSITO, C1, C2... and, under C1, C1.A1, C1.A2...")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ObjetivoRequest.class),
            examples = @ExampleObject(name = "C1", ref = "objetivo-request")))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Objetivo.class),
                    examples = @ExampleObject(name = "C1", ref = "objetivo")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Response agregarObjetivo(
            @Parameter(description = "The ejercicio", example = "2023") @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "The programa's clave", example = "E011") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
            @Valid @NotNull ObjetivoRequest request) {
        Objetivo objetivo = ProgramaMapper.aModelo(programas.agregarObjetivo(ejercicio, clave, ProgramaMapper.aComando(request),
                Solicitantes.de(token)));
        return Response.status(Response.Status.CREATED).entity(objetivo).build();
    }

    @GET
    @Path("/{ejercicio}/{clave}/indicadores")
    @Operation(operationId = "listarIndicadoresDePrograma", summary = "The indicators of a programa, by MIR level")
    @APIResponse(responseCode = "200", description = "The current version of each indicator, retired ones included",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Indicador.class, maxItems = Maximos.INDICADORES_POR_PROGRAMA),
                    examples = @ExampleObject(name = "E011", ref = "indicadores")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public Response indicadores(
            @Parameter(description = "The ejercicio", example = "2023") @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "The programa's clave", example = "E011") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave) {
        return Response.ok(indicadores.delPrograma(ejercicio, clave)
                .map(lista -> lista.stream().map(IndicadorMapper::aModelo).toList())
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"))).build();
    }

    @GET
    @Path("/{ejercicio}/{clave}/documento")
    @Operation(operationId = "exportarPrograma",
            summary = "The programa, its MIR and the current fichas of its indicators as one document, without ids",
            description = "Retired indicators are left out: they no longer change. Importing the export gives the same document back.")
    @APIResponse(responseCode = "200", description = "The whole-program document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentoPrograma.class),
                    examples = @ExampleObject(name = "E011", ref = "documento")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public DocumentoPrograma exportar(
            @Parameter(description = "The ejercicio", example = "2023") @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "The programa's clave", example = "E011") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave) {
        return documentos.exportar(ejercicio, clave).map(DocumentoMapper::aModelo)
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", clave + " (" + ejercicio + ")"));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Path("/{ejercicio}/{clave}/documento")
    @Operation(operationId = "importarPrograma",
            summary = "Creates or updates the programa, its objectives and indicators from a document, in one transaction; "
                    + "the same document again changes nothing; 201 when the programa is new",
            description = "Each part goes through the single-entity rules; a rejection anywhere stores nothing and names "
                    + "the field as the document spells it (objetivos[1].indicadores[0].metodoCalculo.expresion). "
                    + "A document adds and changes; it never retires or deletes.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentoPrograma.class),
            examples = @ExampleObject(name = "E011", ref = "documento")))
    @APIResponse(responseCode = "200", description = "The programa existed; what the import did to each part",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultadoImportacion.class)))
    @APIResponse(responseCode = "201", description = "The programa is new; what the import did to each part",
            headers = @Header(name = "Location", description = "/programas/{ejercicio}/{clave}/documento", 
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = UBICACION_MAXIMA)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultadoImportacion.class),
                    examples = @ExampleObject(name = "E011", ref = "resultado-importacion")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Response importar(
            @Parameter(description = "The ejercicio", example = "2023") @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "The programa's clave", example = "E011") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
            @Valid @NotNull DocumentoPrograma documento) {
        ResultadoImportacion resultado = DocumentoMapper.aModelo(documentos.importar(ejercicio, clave,
                DocumentoMapper.aDocumento(documento), Solicitantes.de(token)));
        return resultado.programa().cambio() == ResultadoImportacion.Cambio.CREADO
                ? Ubicaciones.creado("programas", ejercicio, clave, "documento").entity(resultado).build()
                : Response.ok(resultado).build();
    }
}
