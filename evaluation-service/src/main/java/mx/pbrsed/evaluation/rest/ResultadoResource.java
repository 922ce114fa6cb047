package mx.pbrsed.evaluation.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;
import mx.pbrsed.evaluation.service.EvaluacionService;
import mx.pbrsed.evaluation.service.RecursoNoEncontradoException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
            summary = "An indicator's result at each quarter of its ejercicio, with the trace of each figure; "
                    + "with conocidoEn, the results as they were known at that instant")
    public ResultadosIndicador resultados(
            @PathParam("indicadorId") UUID indicadorId,
            @Parameter(description = "ISO-8601 date-time with offset, e.g. 2024-01-15T10:00:00-06:00",
                    example = "2024-01-15T10:00:00-06:00")
            @QueryParam("conocidoEn") String conocidoEn) {
        var resultados = conocidoEn == null
                ? evaluacion.resultados(indicadorId)
                : evaluacion.resultados(indicadorId, instante(conocidoEn));
        return resultados.orElseThrow(() -> new RecursoNoEncontradoException("el indicador", indicadorId));
    }

    private static OffsetDateTime instante(String texto) {
        try {
            return OffsetDateTime.parse(texto);
        } catch (DateTimeParseException e) {
            throw new ParametroInvalidoException("conocidoEn",
                    "Debe ser una fecha-hora ISO-8601 con zona, p. ej. 2024-01-15T10:00:00-06:00.");
        }
    }
}
