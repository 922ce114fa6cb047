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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.mapping.CapturaCsvReader;
import mx.pbrsed.capture.rest.model.Captura;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.RevisionRequest;
import mx.pbrsed.capture.service.CapturaLoteService;
import mx.pbrsed.capture.service.CapturaService;
import mx.pbrsed.capture.service.IdempotenciaService;
import mx.pbrsed.capture.service.LoteRechazadoException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/capturas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "capturas", description = "Quarterly values of the indicators")
public class CapturaResource {
    private final CapturaService capturas;
    private final CapturaLoteService lotes;
    private final IdempotenciaService idempotencia;

    public CapturaResource(CapturaService capturas, CapturaLoteService lotes, IdempotenciaService idempotencia) {
        this.capturas = capturas;
        this.lotes = lotes;
        this.idempotencia = idempotencia;
    }

    @POST
    @Operation(operationId = "registrarCaptura",
            summary = "Records a captura (a new version when the period already has one) and publishes it; "
                    + "a retry with the same Idempotency-Key and body gets the first answer")
    public Response registrar(@Valid @NotNull CapturaRequest request,
                              @HeaderParam(IdempotenciaService.CABECERA) String clave, UriInfo uri) {
        return responder(idempotencia.ejecutar(clave, "POST /capturas", idempotencia.huella(request), () -> {
            Captura captura = capturas.registrar(request);
            URI ubicacion = uri.getBaseUriBuilder().path("capturas")
                    .path(captura.indicadorId().toString()).path(String.valueOf(captura.ejercicio()))
                    .path(String.valueOf(captura.trimestre())).build();
            return new IdempotenciaService.Resultado(201, ubicacion, captura);
        }));
    }

    @POST
    @Path("/lote")
    @Operation(operationId = "registrarLoteCapturas",
            summary = "Records many capturas, all or nothing (JSON list); dryRun checks them and stores nothing")
    public Response registrarLote(List<CapturaRequest> lote, @QueryParam("dryRun") boolean dryRun,
                                  @HeaderParam(IdempotenciaService.CABECERA) String clave) {
        if (lote == null) {
            throw new LoteRechazadoException(List.of(new LoteRechazadoException.FilaRechazada(0, "filas", "Falta el lote")));
        }
        List<CapturaLoteService.Fila> filas = IntStream.range(0, lote.size())
                .mapToObj(i -> new CapturaLoteService.Fila(i + 1, lote.get(i), lote.get(i) != null ? List.of()
                        : List.of(new LoteRechazadoException.FilaRechazada(i + 1, CapturaLoteService.campo(i + 1, null), "Fila vacía"))))
                .toList();
        return registrarLote(filas, dryRun, clave, idempotencia.huella(lote));
    }

    @POST
    @Path("/lote")
    @Consumes("text/csv")
    @Operation(operationId = "registrarLoteCapturasCsv",
            summary = "Records many capturas from CSV (indicadorId, ejercicio, trimestre, V1..Vn, analisisLogro, "
                    + "justificacionVariacion, preliminar, capturadoPor), all or nothing; dryRun stores nothing")
    public Response registrarLoteCsv(String csv, @QueryParam("dryRun") boolean dryRun,
                                     @QueryParam("capturadoPor") String capturadoPor,
                                     @HeaderParam(IdempotenciaService.CABECERA) String clave) {
        List<CapturaLoteService.Fila> filas = CapturaCsvReader.leer(new StringReader(csv), capturadoPor);
        return registrarLote(filas, dryRun, clave, idempotencia.huella(capturadoPor + "\n" + csv));
    }

    /** A dry run stores nothing, so it does not use up its Idempotency-Key. */
    private Response registrarLote(List<CapturaLoteService.Fila> filas, boolean dryRun, String clave, String huella) {
        return responder(idempotencia.ejecutar(dryRun ? null : clave, "POST /capturas/lote", huella,
                () -> new IdempotenciaService.Resultado(dryRun ? 200 : 201, null, lotes.registrar(filas, dryRun))));
    }

    @POST
    @Path("/{indicadorId}/{ejercicio}/{trimestre}/validacion")
    @Operation(operationId = "validarCaptura", summary = "Validates the period's latest version (ENVIADA -> VALIDADA)")
    public Captura validar(@PathParam("indicadorId") UUID indicadorId, @PathParam("ejercicio") int ejercicio,
                           @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                           @Valid @NotNull RevisionRequest request) {
        return capturas.revisar(indicadorId, ejercicio, trimestre, EstadoCaptura.VALIDADA, request);
    }

    @POST
    @Path("/{indicadorId}/{ejercicio}/{trimestre}/devolucion")
    @Operation(operationId = "devolverCaptura",
            summary = "Returns the period's latest version for correction (ENVIADA -> DEVUELTA), with a comentario")
    public Captura devolver(@PathParam("indicadorId") UUID indicadorId, @PathParam("ejercicio") int ejercicio,
                            @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                            @Valid @NotNull RevisionRequest request) {
        return capturas.revisar(indicadorId, ejercicio, trimestre, EstadoCaptura.DEVUELTA, request);
    }

    @GET
    @Path("/{indicadorId}/{ejercicio}/{trimestre}")
    @Operation(operationId = "listarVersionesCaptura", summary = "Every version of an indicator-period's captura, oldest first")
    public List<Captura> versiones(@PathParam("indicadorId") UUID indicadorId,
                                   @PathParam("ejercicio") int ejercicio,
                                   @PathParam("trimestre") @Min(1) @Max(4) int trimestre) {
        return capturas.versiones(indicadorId, ejercicio, trimestre);
    }

    private static Response responder(IdempotenciaService.Respuesta respuesta) {
        return Response.status(respuesta.estado()).location(respuesta.ubicacion())
                .type(MediaType.APPLICATION_JSON).entity(respuesta.cuerpo()).build();
    }
}
