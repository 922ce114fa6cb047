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
import jakarta.ws.rs.core.Response;
import mx.pbrsed.evaluation.config.ReporteConfig;
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
 * The seed's "Análisis de los Indicadores de Resultados" as a printable HTML page and as a PDF of
 * the same page. Rooted at "/"
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
    static final String PDF = "application/pdf";
    private static final String DESCRIPCION = "laid out as the state's \"Análisis de los Indicadores de Resultados\": "
            + "header; avance físico y financiero (columns a..i with their method of calculation); the indicator "
            + "table; and per indicator its ficha (MIR resumen narrativo and responsable, características, método de "
            + "cálculo, variables with their meta), metas calendarizadas Ene..Dic (aprobada, modificada, meta anual), "
            + "metas and logro per quarter, a chart of the avance per quarter against the meta over the semáforo's "
            + "bands, the metas programadas en el trimestre, análisis del logro, verificación de la meta, "
            + "modificación de meta, evidencia, medios de verificación, observaciones, the traces and the parámetros "
            + "de semaforización with their words (Bueno, Regular, Bajo, Excedido).";

    private final ReporteService reportes;
    private final Template reporte;
    private final ReporteConfig config;

    public ReporteResource(ReporteService reportes, @Location("reporte.html") Template reporte, ReporteConfig config) {
        this.reportes = reportes;
        this.reporte = reporte;
        this.config = config;
    }

    @GET
    @Path("programas/{ejercicio}/{clave}/reporte")
    @Produces(HTML)
    @Operation(operationId = "reportePrograma",
            summary = "Printable report of a program at a quarter: avance físico y financiero, indicators, fichas",
            description = "An HTML page with print CSS, " + DESCRIPCION)
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
        return html(ejercicio, clave, trimestre, Limites.CARACTERES_DOCUMENTO);
    }

    @GET
    @Path("programas/{ejercicio}/{clave}/reporte.pdf")
    @Produces(PDF)
    @Operation(operationId = "reporteProgramaPdf",
            summary = "The printable report as a PDF, laid out inside the service from the same page",
            description = "The same report as the HTML page, " + DESCRIPCION + " Fonts are embedded. At most "
                    + Limites.CARACTERES_PDF + " characters of HTML are laid out and " + Limites.BYTES_PDF
                    + " bytes answered; a larger report is a 422 problem.")
    @APIResponse(responseCode = "200", description = "The report as PDF",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = Limites.BYTES_PDF)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @APIResponse(responseCode = "422", ref = ApiDefinition.DEMASIADO_GRANDE)
    public Response pdf(
            @Parameter(description = "Ejercicio fiscal (2000..2100)", examples = @ExampleObject(name = "e011", ref = "Ejercicio2023")) @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "Clave of the programa presupuestario", examples = @ExampleObject(name = "e011", ref = "ProgramaE011")) @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
            @Parameter(description = "Quarter (1..4)", examples = @ExampleObject(name = "e011", ref = "Trimestre4")) @QueryParam("trimestre") @DefaultValue("4")
            @Min(1) @Max(4) int trimestre) {
        byte[] pdf = ReportePdf.de(html(ejercicio, clave, trimestre, Limites.CARACTERES_PDF));
        if (pdf.length > Limites.BYTES_PDF) {
            throw new RespuestaDemasiadoGrandeException("bytes", Limites.BYTES_PDF);
        }
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"reporte-" + ejercicio + "-" + clave + "-t" + trimestre + ".pdf\"")
                .build();
    }

    private String html(int ejercicio, String clave, int trimestre, int maximo) {
        String html = reportes.dePrograma(ejercicio, clave, trimestre)
                .map(datos -> reporte.data("r", ReporteMapper.aModelo(datos, config.captureUrl())).render())
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", ejercicio + "/" + clave));
        if (html.length() > maximo) {
            throw new RespuestaDemasiadoGrandeException("caracteres", maximo);
        }
        return html;
    }
}
