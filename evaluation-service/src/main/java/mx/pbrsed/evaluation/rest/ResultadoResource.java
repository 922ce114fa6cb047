package mx.pbrsed.evaluation.rest;

import mx.pbrsed.platform.http.ParametroInvalidoException;
import jakarta.annotation.security.RolesAllowed;
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

@Path("/indicadores")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDefinition.RESULTADOS)
@SecurityRequirement(name = ApiDefinition.JWT)
@RolesAllowed({Roles.CONSULTA, Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO})
public class ResultadoResource {
    private final EvaluacionService evaluacion;

    public ResultadoResource(EvaluacionService evaluacion) {
        this.evaluacion = evaluacion;
    }

    @GET
    @Path("/{indicadorId}/resultados")
    @Operation(operationId = "obtenerResultadosIndicador",
            summary = "An indicator's result at each quarter of its ejercicio, with the trace of each figure",
            description = "With conocidoEn, the results as they were known at that instant (none for the quarters "
                    + "not computed yet then).")
    @APIResponse(responseCode = "200", description = "The results, Q1 to Q4",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultadosIndicador.class),
                    examples = @ExampleObject(name = "matriculaConsular",
                            summary = "E011 FIN 2023: 32822 matrículas vs meta 45649, 71.90 % AMARILLO",
                            value = Examples.RESULTADOS)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    public ResultadosIndicador resultados(
            @Parameter(description = "The indicator's id, as the catalog published it", example = Examples.INDICADOR_ID)
            @PathParam("indicadorId") UUID indicadorId,
            @Parameter(description = "ISO-8601 date-time with offset", example = "2024-01-15T10:00:00-06:00",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
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
