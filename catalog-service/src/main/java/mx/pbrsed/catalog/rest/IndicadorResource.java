package mx.pbrsed.catalog.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import mx.pbrsed.catalog.domain.Nivel;
import mx.pbrsed.catalog.domain.TipoIndicador;
import mx.pbrsed.catalog.rest.model.FiltroIndicadores;
import mx.pbrsed.catalog.rest.model.Indicador;
import mx.pbrsed.catalog.rest.model.IndicadorRequest;
import mx.pbrsed.catalog.rest.model.ModificacionMetas;
import mx.pbrsed.catalog.rest.model.Pagina;
import mx.pbrsed.catalog.rest.model.RetiroRequest;
import mx.pbrsed.catalog.rest.model.VersionIndicador;
import mx.pbrsed.catalog.service.IndicadorService;
import mx.pbrsed.catalog.service.RecursoNoEncontradoException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/indicadores")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "indicadores", description = "Fichas técnicas of the indicators")
public class IndicadorResource {
    private static final int TAMANO_MAXIMO = 500;
    private final IndicadorService indicadores;

    public IndicadorResource(IndicadorService indicadores) {
        this.indicadores = indicadores;
    }

    @POST
    @Operation(operationId = "crearIndicador", summary = "Registers an indicator's ficha técnica and publishes version 1")
    public Response crear(@Valid @ConvertGroup(from = Default.class, to = IndicadorRequest.Alta.class) @NotNull IndicadorRequest request,
                          UriInfo uri) {
        Indicador indicador = indicadores.crear(request);
        return Response.created(uri.getAbsolutePathBuilder().path(indicador.id().toString()).build())
                .entity(indicador).build();
    }

    @GET
    @Operation(operationId = "consultarIndicadores",
            summary = "The current version of the indicators that pass every filter given, by ejercicio, programa, MIR level and clave, a page at a time")
    public Pagina<Indicador> consultar(
            @Parameter(description = "an ejercicio, e.g. 2023") @QueryParam("ejercicio") String ejercicio,
            @Parameter(description = "a ramo's clave") @QueryParam("ramo") String ramo,
            @Parameter(description = "a unidad responsable's clave") @QueryParam("ur") String ur,
            @Parameter(description = "a programa's clave") @QueryParam("programa") String programa,
            @Parameter(description = "FIN, PROPOSITO, COMPONENTE or ACTIVIDAD") @QueryParam("nivel") String nivel,
            @Parameter(description = "ESTRATEGICO or GESTION") @QueryParam("tipo") String tipo,
            @Parameter(description = "from 0") @QueryParam("page") @DefaultValue("0") String page,
            @Parameter(description = "1 to " + TAMANO_MAXIMO) @QueryParam("size") @DefaultValue("50") String size) {
        var filtro = new FiltroIndicadores(ejercicio == null ? null : entero("ejercicio", ejercicio, 2000, 2100),
                ramo, ur, programa, enumerado("nivel", nivel, Nivel.class), enumerado("tipo", tipo, TipoIndicador.class));
        return indicadores.consultar(filtro, entero("page", page, 0, Integer.MAX_VALUE), entero("size", size, 1, TAMANO_MAXIMO));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "modificarIndicador",
            summary = "Replaces the ficha técnica: a change publishes version N+1 in force from vigenteDesde; the same ficha changes nothing")
    public Indicador modificar(@PathParam("id") UUID id,
                               @Valid @ConvertGroup(from = Default.class, to = IndicadorRequest.Cambio.class) @NotNull IndicadorRequest request) {
        return indicadores.actualizar(id, request);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "obtenerIndicador",
            summary = "The ficha técnica of an indicator: its latest version, version N, or the version in force on a date")
    public Indicador obtener(@PathParam("id") UUID id,
                             @Parameter(description = "a version number") @QueryParam("version") Integer version,
                             @Parameter(description = "a date, YYYY-MM-DD") @QueryParam("vigenteEn") String vigenteEn) {
        if (version != null && vigenteEn != null) {
            throw new ParametroInvalidoException("vigenteEn", "Se pide una versión o una fecha, no ambas");
        }
        if (version != null) {
            return indicadores.buscarVersion(id, version);
        }
        if (vigenteEn != null) {
            return indicadores.buscarVigenteEn(id, fecha("vigenteEn", vigenteEn));
        }
        return indicadores.buscar(id).orElseThrow(() -> new RecursoNoEncontradoException("el indicador", id));
    }

    @POST
    @Path("/{id}/retiro")
    @Operation(operationId = "retirarIndicador",
            summary = "Retires an indicator: version N+1 with estado RETIRADO, published; it no longer changes")
    public Indicador retirar(@PathParam("id") UUID id, @Valid @NotNull RetiroRequest request) {
        return indicadores.retirar(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "eliminarIndicador",
            summary = "Deletes an indicator without capturas (409 if it has any: retire it) and publishes it RETIRADO")
    public Response eliminar(@PathParam("id") UUID id) {
        indicadores.eliminar(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/versiones")
    @Operation(operationId = "listarVersionesDeIndicador", summary = "Every published version of an indicator, oldest first")
    public List<VersionIndicador> versiones(@PathParam("id") UUID id) {
        return indicadores.versiones(id);
    }

    @GET
    @Path("/{id}/metas/historial")
    @Operation(operationId = "historialDeMetas", summary = "Every change of the metas modificadas: who, when, why, before and after")
    public List<ModificacionMetas> historialDeMetas(@PathParam("id") UUID id) {
        return indicadores.historialDeMetas(id);
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
        throw new ParametroInvalidoException(campo, "Valor inválido '" + texto + "'; se espera un entero de " + minimo
                + (maximo == Integer.MAX_VALUE ? " en adelante" : " a " + maximo));
    }

    private static <E extends Enum<E>> E enumerado(String campo, String texto, Class<E> tipo) {
        if (texto == null) {
            return null;
        }
        try {
            return Enum.valueOf(tipo, texto);
        } catch (IllegalArgumentException e) {
            throw new ParametroInvalidoException(campo, "Valor inválido '" + texto + "'. Valores permitidos: "
                    + Arrays.stream(tipo.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static LocalDate fecha(String campo, String texto) {
        try {
            return LocalDate.parse(texto);
        } catch (DateTimeParseException e) {
            throw new ParametroInvalidoException(campo, "Fecha inválida '" + texto + "'; se espera AAAA-MM-DD");
        }
    }
}
