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
import mx.pbrsed.capture.rest.mapping.VerificacionMapper;
import mx.pbrsed.capture.rest.model.Captura;
import mx.pbrsed.capture.rest.model.CapturaRequest;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.rest.model.LoteResultado;
import mx.pbrsed.capture.rest.model.RevisionRequest;
import mx.pbrsed.capture.rest.model.Verificacion;
import mx.pbrsed.capture.service.CapturaLoteService;
import mx.pbrsed.capture.service.CapturaService;
import mx.pbrsed.capture.service.IdempotenciaService;
import mx.pbrsed.capture.service.Lote;
import mx.pbrsed.capture.service.VerificacionService;
import mx.pbrsed.platform.http.ParametroInvalidoException;
import mx.pbrsed.platform.http.Problema;
import mx.pbrsed.platform.http.Problemas;
import mx.pbrsed.platform.http.RecursoNoEncontradoException;
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
    private static final String NO_REPLICADO = "Problem type `indicador-no-replicado`: capture's replica of the published "
            + "catalog does not have the indicator (its event reaches capture 100-200 ms after the catalog publishes it). "
            + "Capture cannot tell a just-published indicator from one that does not exist: send the same request again "
            + "after Retry-After, a few times; one still refused after some seconds was not published. Nothing is stored.";
    private static final String EJERCICIO = "ejercicio";
    private static final String DESPUES_DE = "despuesDe";
    private static final String LIMITE = "limite";
    private static final String HASTA = "hasta";
    /**
     * Versions one read of a period's history answers: a period is corrected a handful of times; a
     * longer history is read a page at a time.
     */
    static final int VERSIONES_POR_PAGINA = 100;
    private static final String PATRON_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private final CapturaService capturas;
    private final CapturaLoteService lotes;
    private final VerificacionService verificaciones;
    private final IdempotenciaService idempotencia;
    private final CapturaJsonReader lectorJson;
    private final CupoDeCargas cupo;
    private final Validator validator;
    private final JsonWebToken token;

    public CapturaResource(CapturaService capturas, CapturaLoteService lotes, VerificacionService verificaciones,
                           IdempotenciaService idempotencia,
                           CapturaJsonReader lectorJson, CupoDeCargas cupo, Validator validator, JsonWebToken token) {
        this.capturas = capturas;
        this.lotes = lotes;
        this.verificaciones = verificaciones;
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
                    @ExampleObject(name = "indicadorNoReplicado", ref = "CapturaIndicadorNoReplicadoRequest"),
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
    @APIResponse(responseCode = "409", description = NO_REPLICADO,
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before sending it again",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "60")),
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "indicadorNoReplicado", ref = "ProblemaIndicadorNoReplicado")))
    @APIResponse(responseCode = "415", ref = ApiDefinition.TIPO_NO_SOPORTADO)
    @APIResponse(responseCode = "422", description = "The captura contradicts the indicator's definition or the calendar "
            + "(retired indicator, missing or extra variables, a window not yet open), or the Idempotency-Key conflicts",
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
                            @ExampleObject(name = "indicadorNoReplicado", ref = "LoteIndicadorNoReplicadoRequest"),
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
    @APIResponse(responseCode = "409", description = NO_REPLICADO + " Only when no row has another problem: otherwise "
            + "those rows are listed with the others in a 422.",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "Seconds to wait before sending it again",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "60")),
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "indicadorNoReplicado", ref = "ProblemaLoteNoReplicado")))
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
            summary = "The versions of an indicator-period's captura, oldest first, with who captured and who reviewed it, "
                    + "the latest page first",
            description = "At most `limite` versions: the latest ones, or those up to `hasta`. When older versions remain, "
                    + "the `Link` header (rel=\"next\") names the page before these.")
    @APIResponse(responseCode = "200", description = "The versions; an empty list when the period has none",
            headers = @Header(name = "Link", description = "`</capturas/{indicadorId}/{ejercicio}/{trimestre}?hasta=N&limite=M>; "
                    + "rel=\"next\"`: the older versions, absent on the page with version 1",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Limites.UBICACION, pattern = "^<[^>]+>; rel=\"next\"$")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Captura.class, maxItems = VERSIONES_POR_PAGINA,
                            description = "One page of versions, oldest first"),
                    examples = @ExampleObject(name = "devueltaYCorregida", ref = "Versiones")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @Parameter(name = HASTA, in = ParameterIn.QUERY, description = "The newest version of the page; absent: the period's latest",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "2147483647"))
    @Parameter(name = LIMITE, in = ParameterIn.QUERY, description = "Versions per page",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + VERSIONES_POR_PAGINA,
                    defaultValue = "" + VERSIONES_POR_PAGINA))
    public Response versiones(@Parameter(example = ApiDefinition.INDICADOR_EJEMPLO)
                              @PathParam("indicadorId") UUID indicadorId,
                              @Parameter(example = "2023")
                              @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                              @Parameter(example = "4") @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                              @Context UriInfo uri) {
        var consulta = uri.getQueryParameters();
        String hasta = unico(HASTA, consulta.get(HASTA));
        String limite = unico(LIMITE, consulta.get(LIMITE));
        int porPagina = limite == null ? VERSIONES_POR_PAGINA : entero(LIMITE, limite, 1, VERSIONES_POR_PAGINA);
        CapturaService.Versiones pagina = capturas.versiones(indicadorId, ejercicio, trimestre,
                hasta == null ? null : entero(HASTA, hasta, 1, Integer.MAX_VALUE), porPagina);
        var respuesta = Response.ok(pagina.versiones().stream().map(CapturaMapper::aModelo).toList(), MediaType.APPLICATION_JSON);
        if (pagina.anterior() != null) {
            respuesta.header("Link", "<" + Ubicaciones.de("capturas", indicadorId, ejercicio, trimestre) + "?" + HASTA + "="
                    + pagina.anterior() + "&" + LIMITE + "=" + porPagina + ">; rel=\"next\"");
        }
        return respuesta.build();
    }

    @GET
    @Path("/{indicadorId}/verificacion")
    @RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
    @Operation(operationId = "verificarCadenaIndicador",
            summary = "Verifies that no stored captura version of the indicator was altered: each period's hash chain",
            description = "Each version stores the SHA-256 of its canonical content (format pbrsed-captura/1, capture's README) "
                    + "and its period's previous version's hash. Names, per period, the first version whose content no longer "
                    + "gives its hash (CONTENIDO) or whose link to the previous one broke (ENLACE).")
    @APIResponse(responseCode = "200", description = "The indicator's chains; `integra` false when one broke",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verificacion.class),
                    examples = @ExampleObject(name = "integra", ref = "VerificacionIntegra")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    public Verificacion verificarIndicador(@Parameter(example = ApiDefinition.INDICADOR_EJEMPLO)
                                           @PathParam("indicadorId") UUID indicadorId) {
        return verificaciones.delIndicador(indicadorId).map(VerificacionMapper::aModelo)
                .orElseThrow(() -> new RecursoNoEncontradoException("captura del indicador", indicadorId));
    }

    @GET
    @Path("/verificacion")
    @RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
    @Operation(operationId = "verificarCadenasEjercicio",
            summary = "Verifies the hash chains of an ejercicio's captura versions, a page of indicators at a time",
            description = "The indicators with capturas in the ejercicio, by id; `siguiente` is the `despuesDe` of the next "
                    + "page. Each broken chain is named by its first broken link, as for one indicator.")
    @APIResponse(responseCode = "200", description = "One page of the ejercicio's chains",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verificacion.class),
                    examples = @ExampleObject(name = "pagina", ref = "VerificacionEjercicio")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @Parameter(name = EJERCICIO, in = ParameterIn.QUERY, required = true, description = "The ejercicio, once",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "" + Limites.EJERCICIO_MINIMO,
                    maximum = "" + Limites.EJERCICIO_MAXIMO), example = "2023")
    @Parameter(name = DESPUES_DE, in = ParameterIn.QUERY, description = "The previous page's `siguiente`; absent for the first page",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36, pattern = PATRON_UUID))
    @Parameter(name = LIMITE, in = ParameterIn.QUERY, description = "Indicators per page",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + VerificacionService.INDICADORES_POR_PAGINA,
                    defaultValue = "" + VerificacionService.INDICADORES_POR_PAGINA))
    public Verificacion verificarEjercicio(@Context UriInfo uri) {
        var consulta = uri.getQueryParameters();
        String ejercicio = unico(EJERCICIO, consulta.get(EJERCICIO));
        if (ejercicio == null) {
            throw new ParametroInvalidoException(EJERCICIO, "Falta el ejercicio que se verifica");
        }
        String despuesDe = unico(DESPUES_DE, consulta.get(DESPUES_DE));
        String limite = unico(LIMITE, consulta.get(LIMITE));
        if (despuesDe != null && !despuesDe.matches(PATRON_UUID)) {
            throw new ParametroInvalidoException(DESPUES_DE, DESPUES_DE + " es el siguiente de la página anterior, un UUID");
        }
        return VerificacionMapper.aModelo(verificaciones.delEjercicio(
                entero(EJERCICIO, ejercicio, Limites.EJERCICIO_MINIMO, Limites.EJERCICIO_MAXIMO),
                despuesDe == null ? null : UUID.fromString(despuesDe),
                limite == null ? VerificacionService.INDICADORES_POR_PAGINA
                        : entero(LIMITE, limite, 1, VerificacionService.INDICADORES_POR_PAGINA)));
    }

    /** A query parameter given at most once; null when absent. */
    private static String unico(String parametro, List<String> valores) {
        if (valores == null) {
            return null;
        }
        if (valores.size() != 1) {
            throw new ParametroInvalidoException(parametro, parametro + " va una sola vez");
        }
        return valores.get(0);
    }

    private static int entero(String parametro, String texto, int minimo, int maximo) {
        if (texto.matches("-?[0-9]{1,10}")) {
            long valor = Long.parseLong(texto);
            if (valor >= minimo && valor <= maximo) {
                return (int) valor;
            }
        }
        throw new ParametroInvalidoException(parametro, parametro + " es un entero de " + minimo + " a " + maximo);
    }

    /** The Location, a path, is set as a header: JAX-RS's location() would make it absolute from the request's Host. */
    static Response responder(IdempotenciaService.Respuesta respuesta) {
        return Response.status(respuesta.estado()).header(HttpHeaders.LOCATION, respuesta.ubicacion())
                .type(MediaType.APPLICATION_JSON).entity(respuesta.cuerpo()).build();
    }
}
