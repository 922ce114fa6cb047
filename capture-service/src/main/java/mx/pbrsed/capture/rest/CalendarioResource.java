package mx.pbrsed.capture.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import mx.pbrsed.capture.rest.mapping.CalendarioMapper;
import mx.pbrsed.capture.rest.model.Calendario;
import mx.pbrsed.capture.rest.model.CalendarioRequest;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.service.CalendarioService;
import mx.pbrsed.platform.http.Problema;
import mx.pbrsed.platform.http.Problemas;
import mx.pbrsed.platform.seguridad.Solicitantes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/calendarios/{ejercicio}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calendarios")
@SecurityRequirement(name = ApiDefinition.JWT)
public class CalendarioResource {
    private final CalendarioService calendarios;
    private final JsonWebToken token;

    public CalendarioResource(CalendarioService calendarios, JsonWebToken token) {
        this.calendarios = calendarios;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
    @Operation(operationId = "consultarCalendario",
            summary = "The ejercicio's capture windows (the default, 15 days after each quarter, when none was set)")
    @APIResponse(responseCode = "200", description = "The four windows; `porDefecto` when no administrator set them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Calendario.class),
                    examples = @ExampleObject(name = "porDefecto", ref = "CalendarioPorDefecto")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    public Calendario consultar(@Parameter(example = "2023")
                                @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio) {
        return CalendarioMapper.aModelo(calendarios.consultar(ejercicio));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "definirCalendario",
            summary = "Sets the ejercicio's four capture windows (administrators); recorded capturas keep their lateness",
            description = "Windows are [abre, cierra], both days inclusive, in America/Mexico_City; each opens after its "
                    + "quarter ends and closes within a year of it. The author is the token's subject.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarioRequest.class),
            examples = {
                    @ExampleObject(name = "definido", ref = "CalendarioRequest"),
                    @ExampleObject(name = "calendarioRechazado", ref = "CalendarioRechazadoRequest")}))
    @APIResponse(responseCode = "200", description = "The calendar as now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Calendario.class),
                    examples = @ExampleObject(name = "definido", ref = "Calendario")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "415", ref = ApiDefinition.TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", description = "A window that opens before its quarter ends, closes before it opens "
            + "or more than a year after the quarter, or a trimestre without exactly one window",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "calendarioRechazado", ref = "ProblemaCalendario")))
    public Calendario definir(@Parameter(example = "2023")
                              @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                              @Valid @NotNull CalendarioRequest request) {
        return CalendarioMapper.aModelo(calendarios.definir(ejercicio, CalendarioMapper.aPropuestas(request),
                Solicitantes.de(token)));
    }
}
