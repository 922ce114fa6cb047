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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.pbrsed.catalog.domain.Maximos;
import mx.pbrsed.catalog.domain.TipoReferencia;
import mx.pbrsed.catalog.rest.mapping.ReferenciaMapper;
import mx.pbrsed.catalog.rest.model.Limites;
import mx.pbrsed.catalog.rest.model.Referencia;
import mx.pbrsed.catalog.rest.model.ReferenciaRequest;
import mx.pbrsed.catalog.service.ReferenciaService;
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

/**
 * /ramos, /unidades-responsables and /unidades-medida: list, create, retire. Each catalogue has its
 * own paths and operations, rather than one /{catalogo} template, so the contract names them and no
 * template path overlaps /indicadores/{id}/retiro.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
@Tag(name = "catalogos")
@APIResponse(responseCode = "401", ref = NO_AUTENTICADO)
@APIResponse(responseCode = "403", ref = PROHIBIDO)
public class ReferenciaResource {
    private final ReferenciaService referencias;
    private final JsonWebToken token;

    public ReferenciaResource(ReferenciaService referencias, JsonWebToken token) {
        this.referencias = referencias;
        this.token = token;
    }

    @GET
    @Path("ramos")
    @Operation(operationId = "listarRamos", summary = "The ramos, retired ones included, by clave")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Referencia.class, maxItems = Maximos.ENTRADAS_POR_CATALOGO),
                    examples = @ExampleObject(name = "ramos", ref = "ramos")))
    public List<Referencia> listarRamos() {
        return listar(TipoReferencia.RAMO);
    }

    @POST
    @Path("ramos")
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "crearRamo", summary = "Adds a ramo")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferenciaRequest.class),
            examples = @ExampleObject(name = "04", ref = "ramo-request")))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "/ramos/{clave}", 
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = UBICACION_MAXIMA)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referencia.class),
                    examples = @ExampleObject(name = "04", ref = "ramo")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Response crearRamo(@Valid @NotNull ReferenciaRequest request) {
        return crear("ramos", TipoReferencia.RAMO, request);
    }

    @POST
    @Path("ramos/{clave}/retiro")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "retirarRamo", summary = "Retires a ramo: programas that name it keep it, new ones cannot use it")
    @APIResponse(responseCode = "200", description = "The entry, retired; retiring it again keeps the first date and author",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referencia.class),
                    examples = @ExampleObject(name = "04", ref = "ramo-retirado")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public Referencia retirarRamo(
            @Parameter(description = "The entry's clave", example = "04") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave) {
        return retirar(TipoReferencia.RAMO, clave);
    }

    @GET
    @Path("unidades-responsables")
    @Operation(operationId = "listarUnidadesResponsables", summary = "The unidades responsables, retired ones included, by clave")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Referencia.class, maxItems = Maximos.ENTRADAS_POR_CATALOGO),
                    examples = @ExampleObject(name = "unidades-responsables", ref = "unidades-responsables")))
    public List<Referencia> listarUnidadesResponsables() {
        return listar(TipoReferencia.UNIDAD_RESPONSABLE);
    }

    @POST
    @Path("unidades-responsables")
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "crearUnidadResponsable", summary = "Adds a unidad responsable to a ramo in force")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferenciaRequest.class),
            examples = @ExampleObject(name = "118", ref = "unidad-responsable-request")))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "/unidades-responsables/{clave}", 
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = UBICACION_MAXIMA)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referencia.class),
                    examples = @ExampleObject(name = "118", ref = "unidad-responsable")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Response crearUnidadResponsable(@Valid @NotNull ReferenciaRequest request) {
        return crear("unidades-responsables", TipoReferencia.UNIDAD_RESPONSABLE, request);
    }

    @POST
    @Path("unidades-responsables/{clave}/retiro")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "retirarUnidadResponsable",
            summary = "Retires a unidad responsable: programas that name it keep it, new ones cannot use it")
    @APIResponse(responseCode = "200", description = "The entry, retired; retiring it again keeps the first date and author",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referencia.class),
                    examples = @ExampleObject(name = "118", ref = "unidad-responsable-retirada")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public Referencia retirarUnidadResponsable(
            @Parameter(description = "The entry's clave", example = "118") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave) {
        return retirar(TipoReferencia.UNIDAD_RESPONSABLE, clave);
    }

    @GET
    @Path("unidades-medida")
    @Operation(operationId = "listarUnidadesMedida", summary = "The unidades de medida, retired ones included, by clave")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Referencia.class, maxItems = Maximos.ENTRADAS_POR_CATALOGO),
                    examples = @ExampleObject(name = "unidades-medida", ref = "unidades-medida")))
    public List<Referencia> listarUnidadesMedida() {
        return listar(TipoReferencia.UNIDAD_MEDIDA);
    }

    @POST
    @Path("unidades-medida")
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "crearUnidadMedida", summary = "Adds a unidad de medida")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferenciaRequest.class),
            examples = @ExampleObject(name = "DOCUMENTO", ref = "unidad-medida-request")))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "/unidades-medida/{clave}", 
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = UBICACION_MAXIMA)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referencia.class),
                    examples = @ExampleObject(name = "DOCUMENTO", ref = "unidad-medida")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Response crearUnidadMedida(@Valid @NotNull ReferenciaRequest request) {
        return crear("unidades-medida", TipoReferencia.UNIDAD_MEDIDA, request);
    }

    @POST
    @Path("unidades-medida/{clave}/retiro")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "retirarUnidadMedida", summary = "Retires a unidad de medida")
    @APIResponse(responseCode = "200", description = "The entry, retired; retiring it again keeps the first date and author",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Referencia.class),
                    examples = @ExampleObject(name = "PERSONA", ref = "unidad-medida-retirada")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public Referencia retirarUnidadMedida(
            @Parameter(description = "The entry's clave", example = "PERSONA") @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave) {
        return retirar(TipoReferencia.UNIDAD_MEDIDA, clave);
    }

    private List<Referencia> listar(TipoReferencia tipo) {
        return referencias.listar(tipo).stream().map(ReferenciaMapper::aModelo).toList();
    }

    private Response crear(String catalogo, TipoReferencia tipo, ReferenciaRequest request) {
        Referencia creada = ReferenciaMapper.aModelo(referencias.crear(tipo, ReferenciaMapper.aComando(request), Solicitantes.de(token)));
        return Ubicaciones.creado(catalogo, creada.clave()).entity(creada).build();
    }

    private Referencia retirar(TipoReferencia tipo, String clave) {
        return ReferenciaMapper.aModelo(referencias.retirar(tipo, clave, Solicitantes.de(token)));
    }
}
