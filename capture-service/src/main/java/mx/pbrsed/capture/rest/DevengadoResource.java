package mx.pbrsed.capture.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.pbrsed.capture.rest.model.Devengado;
import mx.pbrsed.capture.rest.model.DevengadoRequest;
import mx.pbrsed.capture.service.DevengadoService;
import mx.pbrsed.capture.service.IdempotenciaService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/devengados")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "devengados", description = "Avance financiero: a program's accrued budget per quarter")
public class DevengadoResource {
    private final DevengadoService devengados;
    private final IdempotenciaService idempotencia;

    public DevengadoResource(DevengadoService devengados, IdempotenciaService idempotencia) {
        this.devengados = devengados;
        this.idempotencia = idempotencia;
    }

    @POST
    @Operation(operationId = "registrarDevengado",
            summary = "Records the devengado accrued from January to the end of the trimestre (a new version) and publishes it")
    public Response registrar(@Valid @NotNull DevengadoRequest request,
                              @HeaderParam(IdempotenciaService.CABECERA) String clave, UriInfo uri) {
        var respuesta = idempotencia.ejecutar(clave, "POST /devengados", idempotencia.huella(request), () -> {
            Devengado devengado = devengados.registrar(request);
            return new IdempotenciaService.Resultado(201, uri.getBaseUriBuilder().path("devengados")
                    .path(String.valueOf(devengado.ejercicio())).path(devengado.programaClave())
                    .path(String.valueOf(devengado.trimestre())).build(), devengado);
        });
        return Response.status(respuesta.estado()).location(respuesta.ubicacion())
                .type(MediaType.APPLICATION_JSON).entity(respuesta.cuerpo()).build();
    }

    @GET
    @Path("/{ejercicio}/{programaClave}/{trimestre}")
    @Operation(operationId = "listarVersionesDevengado", summary = "Every version of a program's devengado for a trimestre")
    public List<Devengado> versiones(@PathParam("ejercicio") int ejercicio, @PathParam("programaClave") String programaClave,
                                     @PathParam("trimestre") @Min(1) @Max(4) int trimestre) {
        return devengados.versiones(ejercicio, programaClave, trimestre);
    }
}
