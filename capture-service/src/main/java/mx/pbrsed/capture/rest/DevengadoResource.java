package mx.pbrsed.capture.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.pbrsed.capture.rest.mapping.DevengadoMapper;
import mx.pbrsed.capture.rest.model.Devengado;
import mx.pbrsed.capture.rest.model.DevengadoRequest;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.service.DevengadoService;
import mx.pbrsed.capture.service.IdempotenciaService;
import mx.pbrsed.platform.http.Problema;
import mx.pbrsed.platform.http.Problemas;
import mx.pbrsed.platform.http.Ubicaciones;
import mx.pbrsed.platform.seguridad.Solicitante;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/devengados")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "devengados")
@SecurityRequirement(name = ApiDefinition.JWT)
public class DevengadoResource {
    private final DevengadoService devengados;
    private final IdempotenciaService idempotencia;
    private final JsonWebToken token;

    public DevengadoResource(DevengadoService devengados, IdempotenciaService idempotencia, JsonWebToken token) {
        this.devengados = devengados;
        this.idempotencia = idempotencia;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.CAPTURISTA)
    @Operation(operationId = "registrarDevengado",
            summary = "Records the devengado accrued from January to the end of the trimestre (a new version) and publishes it",
            description = "Only a capturista of the program's unidad responsable, as the catalog published it; while the "
                    + "replica does not know that unidad, nobody may (403).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DevengadoRequest.class),
            examples = {
                    @ExampleObject(name = "registrado", ref = "DevengadoRequest"),
                    @ExampleObject(name = "rol", ref = "DevengadoRequest"),
                    @ExampleObject(name = "unidad", ref = "DevengadoRequest"),
                    @ExampleObject(name = "programaDesconocido", ref = "DevengadoDesconocidoRequest"),
                    @ExampleObject(name = "idempotenciaConflicto", ref = "DevengadoCorregidoRequest")}))
    @APIResponse(responseCode = "201", description = "The version recorded",
            headers = @Header(name = "Location", description = "The program-trimestre's versions, a path of this service",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = Limites.UBICACION)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Devengado.class),
                    examples = @ExampleObject(name = "registrado", ref = "Devengado")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", description = "The token's roles do not allow it, or the program belongs to another "
            + "unidad responsable than the capturista's `ur` claim (or either is unknown); nothing is stored",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = {
                            @ExampleObject(name = "rol", ref = "ProblemaProhibidoRol"),
                            @ExampleObject(name = "unidad", ref = "ProblemaProhibidoPrograma")}))
    @APIResponse(responseCode = "415", ref = ApiDefinition.TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", description = "A program the catalog has not published for the ejercicio, an amount "
            + "below 0 or with more than 2 decimals, or an Idempotency-Key conflict",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = {
                            @ExampleObject(name = "programaDesconocido", ref = "ProblemaProgramaDesconocido"),
                            @ExampleObject(name = "idempotenciaConflicto", ref = "ProblemaIdempotencia")}))
    public Response registrar(@Valid @NotNull DevengadoRequest request,
                              @Parameter(description = CapturaResource.IDEMPOTENCIA,
                                      schema = @Schema(type = SchemaType.STRING, maxLength = Limites.CLAVE_IDEMPOTENCIA,
                                              pattern = Limites.PATRON_CLAVE_IDEMPOTENCIA), examples = {
                                      @ExampleObject(name = "registrado", ref = "ClaveDevengado"),
                                      @ExampleObject(name = "idempotenciaConflicto", ref = "ClaveDevengado")})
                              @HeaderParam(IdempotenciaService.CABECERA) String clave) {
        Solicitante solicitante = Solicitantes.de(token);
        return CapturaResource.responder(idempotencia.ejecutar(clave, "POST /devengados",
                () -> idempotencia.huella(solicitante.sujeto(), request), () -> {
                    Devengado devengado = DevengadoMapper.aModelo(devengados.registrar(DevengadoMapper.aComando(request),
                            solicitante));
                    return new IdempotenciaService.Resultado(201, Ubicaciones.de("devengados", devengado.ejercicio(),
                            devengado.programaClave(), devengado.trimestre()), devengado);
                }));
    }

    @GET
    @Path("/{ejercicio}/{programaClave}/{trimestre}")
    @RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
    @Operation(operationId = "listarVersionesDevengado", summary = "Every version of a program's devengado for a trimestre")
    @APIResponse(responseCode = "200", description = "The versions, oldest first; an empty list when there are none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Devengado.class, maxItems = Integer.MAX_VALUE,
                            description = "Every version: the API sets no number of corrections"),
                    examples = @ExampleObject(name = "e011", ref = "Devengados")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    public List<Devengado> versiones(@Parameter(example = "2023")
                                     @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                                     @Parameter(example = "E011")
                                     @PathParam("programaClave") @Size(max = Limites.CLAVE_PROGRAMA)
                                     @Pattern(regexp = Limites.PATRON_CLAVE_PROGRAMA, message = Limites.MENSAJE_CLAVE_PROGRAMA)
                                     String programaClave,
                                     @Parameter(example = "4") @PathParam("trimestre") @Min(1) @Max(4) int trimestre) {
        return devengados.versiones(ejercicio, programaClave, trimestre).stream().map(DevengadoMapper::aModelo).toList();
    }
}
