package mx.pbrsed.capture.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.pbrsed.capture.rest.model.Evidencia;
import mx.pbrsed.capture.service.EvidenciaService;
import mx.pbrsed.capture.service.RecursoNoEncontradoException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evidence files of an indicator-period, sent as the raw request body (so curl --data-binary
 * works), its type in Content-Type and its name in Content-Disposition.
 */
@Path("/capturas/{indicadorId}/{ejercicio}/{trimestre}/evidencias")
@Tag(name = "evidencias", description = "Evidence files attached to a captura version")
public class EvidenciaResource {
    private static final Pattern NOMBRE = Pattern.compile("filename=\"([^\"]*)\"|filename=([^;\\s]+)");

    private final EvidenciaService evidencias;

    public EvidenciaResource(EvidenciaService evidencias) {
        this.evidencias = evidencias;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "adjuntarEvidencia",
            summary = "Attaches a file (PDF, PNG, JPEG, CSV or XLSX, up to 10 MB by default) to the latest captura version")
    public Response adjuntar(@PathParam("indicadorId") UUID indicadorId, @PathParam("ejercicio") int ejercicio,
                             @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String tipoContenido,
                             @HeaderParam("Content-Disposition") String disposicion,
                             InputStream cuerpo, UriInfo uri) {
        Evidencia evidencia = evidencias.adjuntar(indicadorId, ejercicio, trimestre, nombre(disposicion), tipoContenido, cuerpo);
        return Response.created(uri.getAbsolutePathBuilder().path(evidencia.id().toString()).build()).entity(evidencia).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listarEvidencias", summary = "The period's evidence files, with the captura version of each")
    public List<Evidencia> listar(@PathParam("indicadorId") UUID indicadorId, @PathParam("ejercicio") int ejercicio,
                                  @PathParam("trimestre") @Min(1) @Max(4) int trimestre) {
        return evidencias.listar(indicadorId, ejercicio, trimestre);
    }

    @GET
    @Path("/{evidenciaId}")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "descargarEvidencia", summary = "The file as uploaded; its ETag is its SHA-256")
    public Response descargar(@PathParam("indicadorId") UUID indicadorId, @PathParam("ejercicio") int ejercicio,
                              @PathParam("trimestre") @Min(1) @Max(4) int trimestre,
                              @PathParam("evidenciaId") UUID evidenciaId) {
        var evidencia = evidencias.descargar(indicadorId, ejercicio, trimestre, evidenciaId)
                .orElseThrow(() -> new RecursoNoEncontradoException("la evidencia", evidenciaId));
        return Response.ok(evidencia.contenido, evidencia.tipoContenido)
                .header("Content-Disposition", "attachment; filename=\"" + evidencia.nombre.replace("\"", "") + "\"")
                .tag(evidencia.sha256)
                .build();
    }

    private static String nombre(String disposicion) {
        if (disposicion == null) {
            return null;
        }
        Matcher m = NOMBRE.matcher(disposicion);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }
}
