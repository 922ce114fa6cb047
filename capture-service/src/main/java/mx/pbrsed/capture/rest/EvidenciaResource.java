package mx.pbrsed.capture.rest;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.capture.domain.ArchivoEvidencia;
import mx.pbrsed.capture.rest.mapping.EvidenciaMapper;
import mx.pbrsed.capture.rest.model.Evidencia;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.capture.service.EvidenciaService;
import mx.pbrsed.platform.http.Problema;
import mx.pbrsed.platform.http.Problemas;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evidence files of an indicator-period, sent as the raw request body (so curl --data-binary
 * works), its type in Content-Type and its name in Content-Disposition.
 */
@Path("/capturas/{indicadorId}/{ejercicio}/{trimestre}/evidencias")
@Tag(name = "evidencias")
@SecurityRequirement(name = ApiDefinition.JWT)
public class EvidenciaResource {
    private static final String CONTENT_DISPOSITION = "Content-Disposition";
    private static final String NOSNIFF = "X-Content-Type-Options";
    /** attachment; filename*=UTF-8'' and a name of 255 characters, each escaped as up to 4 UTF-8 bytes. */
    private static final int LARGO_DISPOSICION = 4096;
    /** pbr.evidencias.tamano-maximo's default, 10 MB; the body limit (12 MB) bounds any other setting. */
    private static final int ARCHIVO_MAXIMO = 10 * 1024 * 1024;

    private final EvidenciaService evidencias;
    private final CupoDeCargas cupo;
    private final JsonWebToken token;

    public EvidenciaResource(EvidenciaService evidencias, CupoDeCargas cupo, JsonWebToken token) {
        this.evidencias = evidencias;
        this.cupo = cupo;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CAPTURISTA)
    @Operation(operationId = "adjuntarEvidencia",
            summary = "Attaches a file (PDF, PNG, JPEG, CSV or XLSX, up to 10 MB by default) to the latest captura version",
            description = "Only a capturista of the indicator's unidad responsable. The body is the file itself. Its name has "
                    + "one extension of the allow-list (pdf, png, jpg, jpeg, csv, xlsx), the one of its Content-Type, and no path "
                    + "or control character; its content must start as its type does (PDF, PNG, JPEG and XLSX signatures; a CSV "
                    + "is UTF-8 text). At most two lotes or evidence files are processed at once: one more is a 503 with "
                    + "Retry-After.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO),
                    examples = {
                            @ExampleObject(name = "adjuntada", ref = "EvidenciaPdf"),
                            @ExampleObject(name = "sinNombre", ref = "EvidenciaPdf"),
                            @ExampleObject(name = "tipoNoPermitido", ref = "EvidenciaPdf"),
                            @ExampleObject(name = "contenidoAjeno", ref = "EvidenciaAjena")}),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO)),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO)),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO))})
    @APIResponse(responseCode = "201", description = "The file stored, attached to the period's latest version",
            headers = @Header(name = "Location", description = "Where the file is downloaded, a path of this service",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference", maxLength = Limites.UBICACION)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Evidencia.class),
                    examples = @ExampleObject(name = "adjuntada", ref = "Evidencia")))
    @APIResponse(responseCode = "400", description = "No file name in Content-Disposition (or one with a path), "
            + "or a trimestre out of range",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = {
                            @ExampleObject(name = "sinNombre", ref = "ProblemaEvidenciaNombre"),
                            @ExampleObject(name = "validacion", ref = "ProblemaValidacion")}))
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO_UNIDAD)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @APIResponse(responseCode = "409", description = "The period already has " + ArchivoEvidencia.MAXIMO_POR_PERIODO
            + " evidence files, as many as one may hold",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "completo", ref = "ProblemaEvidenciaCantidad")))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit (pbr.evidencias.tamano-maximo)",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "demasiadoGrande", ref = "ProblemaEvidenciaTamano")))
    @APIResponse(responseCode = "415", description = "A Content-Type that is not allowed (pbr.evidencias.tipos-permitidos)",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "tipoNoPermitido", ref = "ProblemaEvidenciaTipo")))
    @APIResponse(responseCode = "422", description = "The content does not start as its type does, or it is empty",
            content = @Content(mediaType = Problemas.PROBLEM_JSON, schema = @Schema(implementation = Problema.class),
                    examples = @ExampleObject(name = "contenidoAjeno", ref = "ProblemaEvidenciaContenido")))
    public Response adjuntar(@Parameter(example = ApiDefinition.INDICADOR_EJEMPLO)
                             @PathParam("indicadorId") UUID indicadorId,
                             @Parameter(example = "2023")
                             @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                             @Parameter(example = "4") @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                             @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String tipoContenido,
                             @Parameter(description = "The file's name: one extension of the allow-list (pdf, png, jpg, jpeg, "
                                     + "csv, xlsx) matching the Content-Type, no path, no control characters; non-ASCII names "
                                     + "as filename*=UTF-8''...", required = true,
                                     examples = {
                                             @ExampleObject(name = "adjuntada", ref = "DisposicionPdf"),
                                             @ExampleObject(name = "sinNombre", ref = "DisposicionSinNombre"),
                                             @ExampleObject(name = "tipoNoPermitido", ref = "DisposicionExe"),
                                             @ExampleObject(name = "contenidoAjeno", ref = "DisposicionPdf")},
                                     schema = @Schema(type = SchemaType.STRING, maxLength = LARGO_DISPOSICION))
                             @HeaderParam(CONTENT_DISPOSITION) String disposicion,
                             @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long largo,
                             InputStream cuerpo) throws IOException {
        Evidencia evidencia = EvidenciaMapper.aModelo(cupo.procesar(() -> evidencias.adjuntar(indicadorId, ejercicio,
                trimestre, DisposicionDeArchivo.nombre(disposicion), tipoContenido, cuerpo, largo, Solicitantes.de(token))));
        return Ubicaciones.creado("capturas", indicadorId, ejercicio, trimestre, "evidencias", evidencia.id())
                .type(MediaType.APPLICATION_JSON).entity(evidencia).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
    @Operation(operationId = "listarEvidencias", summary = "The period's evidence files, with the captura version of each")
    @APIResponse(responseCode = "200", description = "The files, oldest first; an empty list when there are none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Evidencia.class,
                            maxItems = ArchivoEvidencia.MAXIMO_POR_PERIODO,
                            description = "Every file: a period holds at most " + ArchivoEvidencia.MAXIMO_POR_PERIODO),
                    examples = @ExampleObject(name = "evidencias", ref = "Evidencias")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    public List<Evidencia> listar(@Parameter(example = ApiDefinition.INDICADOR_EJEMPLO)
                                  @PathParam("indicadorId") UUID indicadorId,
                                  @Parameter(example = "2023")
                                  @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                                  @Parameter(example = "4") @PathParam("trimestre") @Min(1) @Max(4) int trimestre) {
        return evidencias.listar(indicadorId, ejercicio, trimestre).stream().map(EvidenciaMapper::aModelo).toList();
    }

    @GET
    @Path("/{evidenciaId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO, Roles.CONSULTA})
    @Operation(operationId = "descargarEvidencia", summary = "The file as uploaded; its ETag is its SHA-256")
    @APIResponse(responseCode = "200", description = "The file, with its type and name",
            headers = {
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"FIN_IPAM_IIE.pdf\"; "
                            + "filename*=UTF-8''FIN_IPAM_IIE.pdf (the exact name, percent-encoded UTF-8)",
                            schema = @Schema(type = SchemaType.STRING, maxLength = LARGO_DISPOSICION)),
                    @Header(name = "X-Content-Type-Options", description = "nosniff: the type is the one checked on upload",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "nosniff")),
                    @Header(name = "ETag", description = "The file's SHA-256, in hexadecimal, quoted",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 66, pattern = "^\"[0-9a-f]{64}\"$"))},
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO)),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO)),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO)),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = ARCHIVO_MAXIMO))})
    @APIResponse(responseCode = "400", ref = ApiDefinition.SOLICITUD_INVALIDA)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    public Response descargar(@Parameter(example = ApiDefinition.INDICADOR_EJEMPLO)
                              @PathParam("indicadorId") UUID indicadorId,
                              @Parameter(example = "2023")
                              @PathParam("ejercicio") @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
                              @Parameter(example = "4") @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                              @PathParam("evidenciaId") UUID evidenciaId, @Context RoutingContext solicitud) {
        cupo.ocuparHastaResponder(solicitud);
        var evidencia = evidencias.descargar(indicadorId, ejercicio, trimestre, evidenciaId)
                .orElseThrow(() -> new RecursoNoEncontradoException("la evidencia", evidenciaId));
        // the type stored was checked against the name and the content: a browser must not guess another
        return Response.ok(evidencia.contenido(), evidencia.tipoContenido())
                .header(CONTENT_DISPOSITION, DisposicionDeArchivo.adjunto(evidencia.nombre()))
                .header(NOSNIFF, "nosniff")
                .tag(evidencia.sha256())
                .build();
    }
}
