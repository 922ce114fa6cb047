package mx.pbrsed.evaluation.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;
import mx.pbrsed.evaluation.service.EvaluacionService;
import mx.pbrsed.evaluation.service.RecursoNoEncontradoException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/indicadores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "resultados", description = "Avance and semáforo of the indicators")
public class ResultadoResource {
    private final EvaluacionService evaluacion;

    public ResultadoResource(EvaluacionService evaluacion) {
        this.evaluacion = evaluacion;
    }

    @GET
    @Path("/{indicadorId}/resultados")
    @Operation(operationId = "obtenerResultadosIndicador",
            summary = "An indicator's result at each quarter of its ejercicio, with the trace of each figure")
    public ResultadosIndicador resultados(@PathParam("indicadorId") UUID indicadorId) {
        return evaluacion.resultados(indicadorId)
                .orElseThrow(() -> new RecursoNoEncontradoException("el indicador", indicadorId));
    }
}
