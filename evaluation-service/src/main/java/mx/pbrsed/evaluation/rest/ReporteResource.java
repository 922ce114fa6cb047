package mx.pbrsed.evaluation.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.pbrsed.evaluation.rest.model.Limites;
import mx.pbrsed.evaluation.service.ReporteService;
import mx.pbrsed.evaluation.service.RespuestaDemasiadoGrandeException;
import mx.pbrsed.platform.http.RecursoNoEncontradoException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The seed's "Análisis de los Indicadores de Resultados" as a printable HTML page. Rooted at "/"
 * like the summaries: a resource rooted at "/programas" would win the match for every
 * /programas/... path and hide theirs. Its errors are problem+json like every other. Every text
 * of the page comes from the catalog or capture, so the template (an .html Qute template) escapes
 * each one: a name holding markup prints as text.
 */
@Path("/")
@Tag(name = ApiDefinition.RESUMENES)
@SecurityRequirement(name = ApiDefinition.JWT)
@RolesAllowed({Roles.CONSULTA, Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO})
public class ReporteResource {
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final ReporteService reportes;
    private final Template reporte;

    public ReporteResource(ReporteService reportes, @Location("reporte.html") Template reporte) {
        this.reportes = reportes;
        this.reporte = reporte;
    }

    @GET
    @Path("programas/{ejercicio}/{clave}/reporte")
    @Produces(HTML)
    @Operation(operationId = "reportePrograma",
            summary = "Printable report of a program at a quarter: avance físico y financiero, indicators, fichas",
            description = "An HTML page with print CSS, laid out as the state's \"Análisis de los Indicadores de "
                    + "Resultados\": header, avance físico y financiero, the indicator table and, per indicator, its "
                    + "ficha, metas and logro per quarter, the traces, the justificación de la variación and the "
                    + "parámetros de semaforización.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING, maxLength = Limites.CARACTERES_DOCUMENTO),
                    examples = @ExampleObject(name = "e011", ref = "ReporteE011")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @APIResponse(responseCode = "422", ref = ApiDefinition.DEMASIADO_GRANDE)
    public String programa(
            @Parameter(description = "Ejercicio fiscal (2000..2100)", examples = @ExampleObject(name = "e011", ref = "Ejercicio2023")) @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "Clave of the programa presupuestario", examples = @ExampleObject(name = "e011", ref = "ProgramaE011")) @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
            @Parameter(description = "Quarter (1..4)", examples = @ExampleObject(name = "e011", ref = "Trimestre4")) @QueryParam("trimestre") @DefaultValue("4")
            @Min(1) @Max(4) int trimestre) {
        String html = reportes.dePrograma(ejercicio, clave, trimestre)
                .map(datos -> reporte.data("r", ReporteMapper.aModelo(datos)).render())
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", ejercicio + "/" + clave));
        if (html.length() > Limites.CARACTERES_DOCUMENTO) {
            throw new RespuestaDemasiadoGrandeException("caracteres", Limites.CARACTERES_DOCUMENTO);
        }
        return html;
    }
}
