package mx.pbrsed.evaluation.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.pbrsed.evaluation.service.RecursoNoEncontradoException;
import mx.pbrsed.evaluation.service.ReporteService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The seed's "Análisis de los Indicadores de Resultados" as a printable HTML page. Rooted at "/"
 * like the summaries: a resource rooted at "/programas" would win the match for every
 * /programas/... path and hide theirs.
 */
@Path("/")
@Tag(name = "resumenes")
public class ReporteResource {
    private final ReporteService reportes;
    private final Template reporte;

    public ReporteResource(ReporteService reportes, @Location("reporte.html") Template reporte) {
        this.reportes = reportes;
        this.reporte = reporte;
    }

    @GET
    @Path("programas/{ejercicio}/{clave}/reporte")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(operationId = "reportePrograma",
            summary = "Printable report of a program at a quarter: avance físico y financiero, indicators, fichas")
    public String programa(@PathParam("ejercicio") @Min(2000) @Max(2100) int ejercicio,
                           @PathParam("clave") String clave,
                           @QueryParam("trimestre") @DefaultValue("4") @Min(1) @Max(4) int trimestre) {
        return reportes.dePrograma(ejercicio, clave, trimestre)
                .map(datos -> reporte.data("r", datos).render())
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", ejercicio + "/" + clave));
    }
}
