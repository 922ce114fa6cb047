package mx.pbrsed.capture.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.EstadoCaptura;
import mx.pbrsed.capture.rest.mapping.CapturaCsvReader;
import mx.pbrsed.capture.rest.mapping.CapturaJsonReader;
import mx.pbrsed.capture.rest.mapping.CapturaMapper;
import mx.pbrsed.capture.rest.mapping.LoteLeido;
import mx.pbrsed.capture.rest.model.Captura;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.rest.model.LoteResultado;
import mx.pbrsed.capture.rest.model.RevisionRequest;
import mx.pbrsed.capture.service.CapturaLoteService;
import mx.pbrsed.capture.service.CapturaService;
import mx.pbrsed.capture.service.IdempotenciaService;
import mx.pbrsed.capture.service.Lote;
import mx.pbrsed.platform.http.ParametroInvalidoException;
import mx.pbrsed.platform.http.Problema;
import mx.pbrsed.platform.http.Problemas;
import mx.pbrsed.platform.http.Ubicaciones;
import mx.pbrsed.platform.seguridad.Solicitante;
import mx.pbrsed.platform.seguridad.Solicitantes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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

@Path("/capturas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "capturas")
@SecurityRequirement(name = ApiDefinition.JWT)
public class CapturaResource {
    static final String IDEMPOTENCIA = "1 to 200 visible ASCII characters (a UUID, say), new for each distinct request: a retry "
            + "with the same key, body and token subject gets the first answer (same status, Location and body) and stores nothing";

    private static final String DRY_RUN = "dryRun";

    private final CapturaService capturas;
    private final CapturaLoteService lotes;
    private final IdempotenciaService idempotencia;
    private final CapturaJsonReader lectorJson;
    private final CupoDeCargas cupo;
    private final Validator validator;
    private final JsonWebToken token;

    public CapturaResource(CapturaService capturas, CapturaLoteService lotes, IdempotenciaService idempotencia,
                           CapturaJsonReader lectorJson, CupoDeCargas cupo, Validator validator, JsonWebToken token) {
        this.capturas = capturas;
        this.lotes = lotes;
        this.idempotencia = idempotencia;
        this.lectorJson = lectorJson;
        this.cupo = cupo;
        this.validator = validator;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.CAPTURISTA)
    @Operation(operationId = "registrarCaptura",
            summary = "Records a captura (a new version when the period already has one) and publishes it",
            description = "Only a capturista of the indicator's unidad responsable. Late capturas are accepted and "
                    + "marked `tardia`; a retry with the same Idempotency-Key and body gets the first answer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CapturaRequest.class),
            examples = {
                    @ExampleObject(name = "trimestral", ref = "CapturaTrimestralRequest"),
                    @ExampleObject(name = "mensual", ref = "CapturaMensualRequest"),
                    @ExampleObject(name = "capturaRechazada", ref = "CapturaIncompletaRequest"),
                    @ExampleObject(name = "idempotenciaConflicto", ref = "CapturaCorregidaRequest")}))
    @APIResponse(responseCode = "201", description = "The version recorded",
            headers = @Header(name = "Location", description = "The indicator-period's versions, a path of this service",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = Limites.UBICACION)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Captura.class),
                    examples = {
                            @ExampleObject(name = "trimestral", ref = "Captura"),
                            @ExampleObject(name = "mensual", ref = "CapturaMensual")}))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO_UNIDAD)
    @APIResponse(responseCode = "415", ref = ApiDefinition.TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", description = "The captura contradicts the indicator's definition or the calendar "
            + "(unknown or retired indicator, missing or extra variables, a window not yet open), or the Idempotency-Key conflicts",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = {
                            @ExampleObject(name = "capturaRechazada", ref = "ProblemaCapturaRechazada"),
                            @ExampleObject(name = "idempotenciaConflicto", ref = "ProblemaIdempotencia")}))
    public Response registrar(@Valid @NotNull CapturaRequest request,
                              @Parameter(description = IDEMPOTENCIA, schema = @Schema(
                                      type = SchemaType.STRING, maxLength = Limites.CLAVE_IDEMPOTENCIA,
                                      pattern = Limites.PATRON_CLAVE_IDEMPOTENCIA), examples = {
                                      @ExampleObject(name = "trimestral", ref = "ClaveCaptura"),
                                      @ExampleObject(name = "idempotenciaConflicto", ref = "ClaveCaptura")})
                              @HeaderParam(IdempotenciaService.CABECERA) String clave) {
        Solicitante solicitante = Solicitantes.de(token);
        return responder(idempotencia.ejecutar(clave, "POST /capturas", () -> idempotencia.huella(solicitante.sujeto(), request), () -> {
            Captura captura = CapturaMapper.aModelo(capturas.registrar(CapturaMapper.aComando(request), solicitante));
            return new IdempotenciaService.Resultado(201,
                    Ubicaciones.de("capturas", captura.indicadorId(), captura.ejercicio(), captura.trimestre()), captura);
        }));
    }

    @POST
    @Path("/lote")
    @RolesAllowed(Roles.CAPTURISTA)
    @Operation(operationId = "registrarLoteCapturas",
            summary = "Records many capturas, all or nothing, from a JSON list or a CSV file; dryRun checks them and stores nothing",
            description = "Only a capturista of every row's unidad responsable: one row of another refuses the whole batch "
                    + "(403, naming the rows). CSV: a header `indicadorId,ejercicio,trimestre,V1..Vn` and optional "
                    + "`analisisLogro,justificacionVariacion,preliminar`; an empty variable cell means the indicator has no such "
                    + "variable; MENSUAL and BIMESTRAL indicators go in the JSON list. Rows count from 1 (a CSV header is not a row).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CapturaRequest.class, maxItems = Limites.FILAS_LOTE),
                    examples = {
                            @ExampleObject(name = "registrado", ref = "LoteRequest"),
                            @ExampleObject(name = "rol", ref = "LoteRequest"),
                            @ExampleObject(name = "unidad", ref = "LoteRequest"),
                            @ExampleObject(name = "idempotenciaConflicto", ref = "LoteFinRequest")}),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = Limites.BYTES_LOTE),
                    examples = {
                            @ExampleObject(name = "dryRun", ref = "LoteCsvRequest"),
                            @ExampleObject(name = "loteRechazado", ref = "LoteCsvInvalidoRequest")})})
    @APIResponse(responseCode = "200", description = "dryRun: what the batch would store; nothing was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoteResultado.class),
                    examples = @ExampleObject(name = "dryRun", ref = "LoteResultadoDryRun")))
    @APIResponse(responseCode = "201", description = "Every row stored and published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LoteResultado.class),
                    examples = @ExampleObject(name = "registrado", ref = "LoteResultado")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", description = "The token's roles do not allow it, or rows belong to another unidad "
            + "responsable than the capturista's `ur` claim (or the token has no `ur`); nothing is stored",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = {
                            @ExampleObject(name = "rol", ref = "ProblemaProhibidoRol"),
                            @ExampleObject(name = "unidad", ref = "ProblemaProhibidoLote")}))
    @APIResponse(responseCode = "415", ref = ApiDefinition.TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", description = "At least one row is invalid (each problem with its row in `posicion`), "
            + "or the Idempotency-Key conflicts; nothing is stored",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = {
                            @ExampleObject(name = "loteRechazado", ref = "ProblemaLoteRechazado"),
                            @ExampleObject(name = "idempotenciaConflicto", ref = "ProblemaIdempotencia")}))
    @Parameter(name = DRY_RUN, in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN),
            description = "Check every row and answer what would be stored, storing nothing: true or false, once",
            examples = @ExampleObject(name = "dryRun", ref = "DryRun"))
    public Response registrarLote(InputStream cuerpo, @Context UriInfo consulta,
                                  @Parameter(description = IDEMPOTENCIA + "; a dry run does not use its key",
                                          schema = @Schema(type = SchemaType.STRING, maxLength = Limites.CLAVE_IDEMPOTENCIA,
                                                  pattern = Limites.PATRON_CLAVE_IDEMPOTENCIA), examples = {
                                          @ExampleObject(name = "registrado", ref = "ClaveLote"),
                                          @ExampleObject(name = "idempotenciaConflicto", ref = "ClaveLote")})
                                  @HeaderParam(IdempotenciaService.CABECERA) String clave) throws IOException {
        return registrarLote(consulta, clave, lote -> lectorJson.leer(cuerpo, lote));
    }

    @POST
    @Path("/lote")
    @Consumes("text/csv")
    @RolesAllowed(Roles.CAPTURISTA)
    @Operation(hidden = true) // the same operation as registrarLote, documented there with both media types
    public Response registrarLoteCsv(InputStream csv, @Context UriInfo consulta,
                                     @HeaderParam(IdempotenciaService.CABECERA) String clave) throws IOException {
        return registrarLote(consulta, clave, lote -> CapturaCsvReader.leer(csv, lote));
    }

    /** A reader of a lote's body, JSON or CSV. */
    @FunctionalInterface
    private interface Lector {
        void leer(LoteLeido lote) throws IOException;
    }

    /**
     * Everything but the body is checked first (the Idempotency-Key by {@link ClaveDeIdempotencia}), so
     * a wrong parameter or a full {@link CupoDeCargas} costs no reading; the body is read as a stream outside any transaction. A dry run stores
     * nothing, so it does not use up its Idempotency-Key.
     */
    private Response registrarLote(UriInfo consulta, String clave, Lector lector) throws IOException {
        boolean seco = booleano(DRY_RUN, consulta.getQueryParameters().get(DRY_RUN));
        Solicitante solicitante = Solicitantes.de(token);
        return cupo.procesar(() -> {
            var leido = new LoteLeido(validator);
            lector.leer(leido);
            Lote lote = leido.lote();
            return responder(idempotencia.ejecutar(seco ? null : clave, "POST /capturas/lote",
                    () -> idempotencia.huella(solicitante.sujeto(), lote.filas().stream().map(Lote.Fila::captura).toList()),
                    () -> new IdempotenciaService.Resultado(seco ? 200 : 201, null,
                            CapturaMapper.aResultado(seco, lotes.registrar(lote, seco, solicitante)))));
        });
    }

    /**
     * Absent is false; anything but one true or false is refused, never read as false. Read from the
     * raw query: JAX-RS gives an empty value (?dryRun=) as if the parameter were absent.
     */
    private static boolean booleano(String parametro, List<String> valores) {
        if (valores == null) {
            return false;
        }
        if (valores.size() == 1 && (valores.get(0).equals("true") || valores.get(0).equals("false"))) {
            return valores.get(0).equals("true");
        }
        throw new ParametroInvalidoException(parametro, parametro + " va una sola vez, con true o false");
    }

    @POST
    @Path("/{indicadorId}/{ejercicio}/{trimestre}/validacion")
    @RolesAllowed(Roles.VALIDADOR)
    @Operation(operationId = "validarCaptura", summary = "Validates the period's latest version (ENVIADA -> VALIDADA)",
            description = "The validator is the token's subject; the comentario is optional.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevisionRequest.class),
            examples = {
                    @ExampleObject(name = "conComentario", ref = "ValidacionRequest"),
                    @ExampleObject(name = "sinComentario", ref = "RevisionSinComentarioRequest"),
                    @ExampleObject(name = "transicionNoPermitida", ref = "ValidacionRequest")}))
    @APIResponse(responseCode = "200", description = "The version, now VALIDADA, with the next revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Captura.class),
                    examples = {
                            @ExampleObject(name = "conComentario", ref = "CapturaValidada"),
                            @ExampleObject(name = "sinComentario", ref = "CapturaValidada")}))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @APIResponse(responseCode = "409", description = "The latest version is not ENVIADA",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "transicionNoPermitida", ref = "ProblemaTransicion")))
    @APIResponse(responseCode = "415", ref = ApiDefinition.TIPO_NO_SOPORTADO)
    public Captura validar(@Parameter(example = ApiDefinition.INDICADOR_EJEMPLO)
                           @PathParam("indicadorId") UUID indicadorId,
                           @Parameter(example = "2023")
                           @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                           @Parameter(example = "4") @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                           @Valid @NotNull RevisionRequest request) {
        return CapturaMapper.aModelo(capturas.revisar(indicadorId, ejercicio, trimestre, EstadoCaptura.VALIDADA,
                request.comentario(), Solicitantes.de(token)));
    }

    @POST
    @Path("/{indicadorId}/{ejercicio}/{trimestre}/devolucion")
    @RolesAllowed(Roles.VALIDADOR)
    @Operation(operationId = "devolverCaptura",
            summary = "Returns the period's latest version for correction (ENVIADA -> DEVUELTA), with a comentario",
            description = "The validator is the token's subject; the capturista corrects it by sending a new version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevisionRequest.class),
            examples = {
                    @ExampleObject(name = "devuelta", ref = "DevolucionRequest"),
                    @ExampleObject(name = "transicionNoPermitida", ref = "DevolucionRequest"),
                    @ExampleObject(name = "sinComentario", ref = "RevisionSinComentarioRequest")}))
    @APIResponse(responseCode = "200", description = "The version, now DEVUELTA, with the next revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Captura.class),
                    examples = @ExampleObject(name = "devuelta", ref = "CapturaDevuelta")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @APIResponse(responseCode = "409", description = "The latest version is not ENVIADA",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "transicionNoPermitida", ref = "ProblemaTransicion")))
    @APIResponse(responseCode = "415", ref = ApiDefinition.TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", description = "A return without comentario",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "sinComentario", ref = "ProblemaSinComentario")))
    public Captura devolver(@Parameter(example = ApiDefinition.INDICADOR_EJEMPLO)
                            @PathParam("indicadorId") UUID indicadorId,
                            @Parameter(example = "2023")
                            @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                            @Parameter(example = "4") @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                            @Valid @NotNull RevisionRequest request) {
        return CapturaMapper.aModelo(capturas.revisar(indicadorId, ejercicio, trimestre, EstadoCaptura.DEVUELTA,
                request.comentario(), Solicitantes.de(token)));
    }

    @GET
    @Path("/{indicadorId}/{ejercicio}/{trimestre}")
    @RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
    @Operation(operationId = "listarVersionesCaptura",
            summary = "Every version of an indicator-period's captura, oldest first, with who captured and who reviewed it")
    @APIResponse(responseCode = "200", description = "The versions; an empty list when the period has none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Captura.class, maxItems = Integer.MAX_VALUE,
                            description = "Every version: the API sets no number of corrections"),
                    examples = @ExampleObject(name = "devueltaYCorregida", ref = "Versiones")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    public List<Captura> versiones(@Parameter(example = ApiDefinition.INDICADOR_EJEMPLO)
                                   @PathParam("indicadorId") UUID indicadorId,
                                   @Parameter(example = "2023")
                                   @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                                   @Parameter(example = "4") @PathParam("trimestre") @Min(1) @Max(4) int trimestre) {
        return capturas.versiones(indicadorId, ejercicio, trimestre).stream().map(CapturaMapper::aModelo).toList();
    }

    /** The Location, a path, is set as a header: JAX-RS's location() would make it absolute from the request's Host. */
    static Response responder(IdempotenciaService.Respuesta respuesta) {
        return Response.status(respuesta.estado()).header(HttpHeaders.LOCATION, respuesta.ubicacion())
                .type(MediaType.APPLICATION_JSON).entity(respuesta.cuerpo()).build();
    }
}
