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
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.pbrsed.catalog.domain.FiltroIndicadores;
import mx.pbrsed.catalog.domain.Maximos;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.domain.TipoIndicador;
import mx.pbrsed.catalog.rest.mapping.IndicadorMapper;
import mx.pbrsed.catalog.rest.model.FechaAdmitida;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.IndicadorRequest;
import mx.pbrsed.catalog.rest.model.Limites;
import mx.pbrsed.catalog.rest.model.ModificacionMetas;
import mx.pbrsed.catalog.rest.model.PaginaDeIndicadores;
import mx.pbrsed.catalog.rest.model.RetiroRequest;
import mx.pbrsed.catalog.rest.model.VersionIndicador;
import mx.pbrsed.catalog.service.IndicadorService;
import mx.pbrsed.catalog.service.IndicadorView;
import mx.pbrsed.platform.http.ParametroInvalidoException;
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

@Path("/indicadores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
@Tag(name = "indicadores")
@APIResponse(responseCode = "401", ref = NO_AUTENTICADO)
@APIResponse(responseCode = "403", ref = PROHIBIDO)
public class IndicadorResource {
    private static final int LARGO_CITADO = 40;
    /** The seed's FIN-1 and PROPOSITO-1, as the examples name them. */
    private static final String ID = "d0a64375-54e5-4a45-8b7e-ab57b08eb54a";
    private static final String ID_PROPOSITO = "3f1c2b7a-6d4e-4a59-9e21-7c0d5b8a9f13";
    private final IndicadorService indicadores;
    private final JsonWebToken token;

    public IndicadorResource(IndicadorService indicadores, JsonWebToken token) {
        this.indicadores = indicadores;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Operation(operationId = "crearIndicador", summary = "Registers an indicator's ficha técnica and publishes version 1",
            description = "The whole ficha is validated before anything is stored: the formula against its family and "
                    + "variables, the semáforo ranges, the metas against the frecuencia. vigenteDesde defaults to "
                    + "1 January of the ejercicio; the clave, unique in the programa, to the objective's clave and a number (FIN-1).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicadorRequest.class),
            examples = @ExampleObject(name = "matricula-consular", ref = "indicador-request")))
    @APIResponse(responseCode = "201", description = "Registered, version 1, published",
            headers = @Header(name = "Location", description = "/indicadores/{id}", 
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = UBICACION_MAXIMA)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicador.class),
                    examples = @ExampleObject(name = "matricula-consular", ref = "indicador")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Response crear(@Valid @ConvertGroup(from = Default.class, to = IndicadorRequest.Alta.class) @NotNull IndicadorRequest request) {
        Indicador indicador = IndicadorMapper.aModelo(indicadores.crear(IndicadorMapper.aComando(request), Solicitantes.de(token)));
        return Ubicaciones.creado("indicadores", indicador.id()).entity(indicador).build();
    }

    @GET
    @Operation(operationId = "consultarIndicadores",
            summary = "The current version of the indicators that pass every filter given, by ejercicio, programa, MIR level and clave, a page at a time",
            description = "Every filter is optional; retired indicators are included. An invalid value is a 400 naming the parameter.")
    @APIResponse(responseCode = "200", description = "One page of indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaginaDeIndicadores.class),
                    examples = @ExampleObject(name = "E011-FIN", ref = "pagina-indicadores")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    public PaginaDeIndicadores consultar(
            @Parameter(description = "An ejercicio", example = "2023",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "" + Limites.EJERCICIO_MINIMO,
                            maximum = "" + Limites.EJERCICIO_MAXIMO)) @QueryParam("ejercicio") String ejercicio,
            @Parameter(description = "A ramo's clave", example = "04") @QueryParam("ramo")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String ramo,
            @Parameter(description = "A unidad responsable's clave", example = "118") @QueryParam("ur")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String ur,
            @Parameter(description = "A programa's clave", example = "E011") @QueryParam("programa")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String programa,
            @Parameter(description = "A MIR level", schema = @Schema(implementation = Nivel.class)) @QueryParam("nivel") String nivel,
            @Parameter(description = "The indicator's tipo", schema = @Schema(implementation = TipoIndicador.class)) @QueryParam("tipo") String tipo,
            @Parameter(description = "The page, from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0",
                    maximum = "" + Limites.PAGINA_MAXIMA, defaultValue = "0")) @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + Limites.TAMANO_PAGINA, defaultValue = "50")) @QueryParam("size") @DefaultValue("50") String size) {
        var filtro = new FiltroIndicadores(
                ejercicio == null ? null : entero("ejercicio", ejercicio, Limites.EJERCICIO_MINIMO, Limites.EJERCICIO_MAXIMO),
                ramo, ur, programa, enumerado("nivel", nivel, Nivel.class), enumerado("tipo", tipo, TipoIndicador.class));
        return IndicadorMapper.aModelo(indicadores.consultar(filtro, entero("page", page, 0, Limites.PAGINA_MAXIMA),
                entero("size", size, 1, Limites.TAMANO_PAGINA)));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Path("/{id}")
    @Operation(operationId = "modificarIndicador",
            summary = "Replaces the ficha técnica: a change publishes version N+1 in force from vigenteDesde; the same ficha changes nothing",
            description = "Metas aprobadas are fixed and the clave does not change (422). A change of the metas modificadas "
                    + "needs a justificacion and is kept in the metas history; every change names its author (modificadoPor). "
                    + "A retired indicator no longer changes (409).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IndicadorRequest.class),
            examples = @ExampleObject(name = "meta-modificada", ref = "indicador-cambio-request")))
    @APIResponse(responseCode = "200", description = "The current version: N+1 after a change, N when nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicador.class),
                    examples = @ExampleObject(name = "meta-modificada", ref = "indicador-meta-modificada")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Indicador modificar(@Parameter(description = "The indicator's id",
                                       examples = @ExampleObject(name = "meta-modificada", value = ID_PROPOSITO))
                               @PathParam("id") UUID id,
                               @Valid @ConvertGroup(from = Default.class, to = IndicadorRequest.Cambio.class) @NotNull IndicadorRequest request) {
        return IndicadorMapper.aModelo(indicadores.actualizar(id, IndicadorMapper.aComando(request), Solicitantes.de(token)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "obtenerIndicador",
            summary = "The ficha técnica of an indicator: its latest version, version N, or the version in force on a date")
    @APIResponse(responseCode = "200", description = "The version asked for",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicador.class),
                    examples = {
                            @ExampleObject(name = "matricula-consular", ref = "indicador"),
                            @ExampleObject(name = "version-1", ref = "indicador"),
                            @ExampleObject(name = "vigente-al-cierre", ref = "indicador")}))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public Indicador obtener(@Parameter(description = "The indicator's id", example = ID) @PathParam("id") UUID id,
                             @Parameter(description = "A version number; not with vigenteEn",
                                     examples = @ExampleObject(name = "version-1", value = "1"),
                                     schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                                             maximum = "2147483647")) @QueryParam("version") String version,
                             @Parameter(description = "A date: the version in force that day; not with version",
                                     examples = @ExampleObject(name = "vigente-al-cierre", value = "2023-12-31"),
                                     schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10,
                                             pattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")) @QueryParam("vigenteEn") String vigenteEn) {
        if (version != null && vigenteEn != null) {
            throw new ParametroInvalidoException("vigenteEn", "Se pide una versión o una fecha, no ambas");
        }
        IndicadorView indicador;
        if (version != null) {
            indicador = indicadores.buscarVersion(id, entero("version", version, 1, Integer.MAX_VALUE));
        } else if (vigenteEn != null) {
            indicador = indicadores.buscarVigenteEn(id, fecha("vigenteEn", vigenteEn));
        } else {
            indicador = indicadores.buscar(id).orElseThrow(() -> new RecursoNoEncontradoException("el indicador", id));
        }
        return IndicadorMapper.aModelo(indicador);
    }

    @POST
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Path("/{id}/retiro")
    @Operation(operationId = "retirarIndicador",
            summary = "Retires an indicator: version N+1 with estado RETIRADO, published; it no longer changes",
            description = "vigenteDesde defaults to today in America/Mexico_City (send {}); it cannot precede the current version's.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RetiroRequest.class),
            examples = @ExampleObject(name = "fin-de-ejercicio", ref = "retiro-request")))
    @APIResponse(responseCode = "200", description = "The retired version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicador.class),
                    examples = @ExampleObject(name = "fin-de-ejercicio", ref = "indicador-retirado")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    @APIResponse(responseCode = "413", ref = DEMASIADO_GRANDE)
    @APIResponse(responseCode = "415", ref = TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", ref = DEFINICION_INVALIDA)
    public Indicador retirar(@Parameter(description = "The indicator's id", example = ID) @PathParam("id") UUID id,
                             @Valid @NotNull RetiroRequest request) {
        return IndicadorMapper.aModelo(indicadores.retirar(id, request.vigenteDesde(), Solicitantes.de(token)));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN_CATALOGO)
    @Path("/{id}")
    @Operation(operationId = "eliminarIndicador",
            summary = "Deletes an indicator without capturas (409 if it has any: retire it) and publishes it RETIRADO")
    @APIResponse(responseCode = "204", description = "Deleted, with its versions and metas history")
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    @APIResponse(responseCode = "409", ref = CONFLICTO)
    public Response eliminar(@Parameter(description = "The indicator's id", example = ID) @PathParam("id") UUID id) {
        indicadores.eliminar(id, Solicitantes.de(token));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/versiones")
    @Operation(operationId = "listarVersionesDeIndicador",
            summary = "Every published version of an indicator, oldest first, with who made it")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VersionIndicador.class, maxItems = Maximos.VERSIONES),
                    examples = @ExampleObject(name = "meta-modificada", ref = "versiones")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public List<VersionIndicador> versiones(@Parameter(description = "The indicator's id", 
            examples = @ExampleObject(name = "meta-modificada", value = ID_PROPOSITO)) @PathParam("id") UUID id) {
        return indicadores.versiones(id).stream().map(IndicadorMapper::aModelo).toList();
    }

    @GET
    @Path("/{id}/metas/historial")
    @Operation(operationId = "historialDeMetas", summary = "Every change of the metas modificadas: who, when, why, before and after")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ModificacionMetas.class, maxItems = Maximos.VERSIONES),
                    examples = @ExampleObject(name = "meta-modificada", ref = "historial-metas")))
    @APIResponse(responseCode = "400", ref = VALIDACION)
    @APIResponse(responseCode = "404", ref = NO_ENCONTRADO)
    public List<ModificacionMetas> historialDeMetas(@Parameter(description = "The indicator's id", 
            examples = @ExampleObject(name = "meta-modificada", value = ID_PROPOSITO)) @PathParam("id") UUID id) {
        return indicadores.historialDeMetas(id).stream().map(IndicadorMapper::aModelo).toList();
    }

    private static int entero(String campo, String texto, int minimo, int maximo) {
        try {
            int valor = Integer.parseInt(texto);
            if (valor >= minimo && valor <= maximo) {
                return valor;
            }
        } catch (NumberFormatException e) {
            // answered below, as any value out of range
        }
        throw new ParametroInvalidoException(campo, "Valor inválido " + citado(texto) + "; se espera un entero de " + minimo
                + (maximo == Integer.MAX_VALUE ? " en adelante" : " a " + maximo));
    }

    private static <E extends Enum<E>> E enumerado(String campo, String texto, Class<E> tipo) {
        if (texto == null) {
            return null;
        }
        try {
            return Enum.valueOf(tipo, texto);
        } catch (IllegalArgumentException e) {
            throw new ParametroInvalidoException(campo, "Valor inválido " + citado(texto) + ". Valores permitidos: "
                    + Arrays.stream(tipo.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static LocalDate fecha(String campo, String texto) {
        try {
            LocalDate fecha = LocalDate.parse(texto);
            if (FechaAdmitida.Validador.admite(fecha)) {
                return fecha;
            }
        } catch (DateTimeParseException e) {
            // answered below, as any date out of range
        }
        throw new ParametroInvalidoException(campo, "Fecha inválida " + citado(texto) + "; se espera AAAA-MM-DD, de los años "
                + Limites.ANIO_MINIMO + " a " + Limites.ANIO_MAXIMO);
    }

    /** The value a client sent, short (it may be a megabyte long) and never cut inside a character. */
    private static String citado(String texto) {
        int largo = texto.codePointCount(0, texto.length());
        return "'" + (largo > LARGO_CITADO ? texto.substring(0, texto.offsetByCodePoints(0, LARGO_CITADO)) + "…" : texto) + "'";
    }
}
