package mx.pbrsed.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import mx.pbrsed.evaluation.rest.model.Limites;
import mx.pbrsed.evaluation.rest.model.ResultadosIndicador;
import mx.pbrsed.evaluation.service.ResultadoService;
import mx.pbrsed.platform.http.ParametroInvalidoException;
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
    private static final String INSTANTE_ESPERADO = "Debe ser una fecha-hora ISO-8601 con zona, de los años "
            + Limites.ANIO_MINIMO + " a " + Limites.ANIO_MAXIMO + ", p. ej. 2024-01-15T10:00:00-06:00.";
    private final ResultadoService resultados;

    public ResultadoResource(ResultadoService resultados) {
        this.resultados = resultados;
    }

    @GET
    @Path("/{indicadorId}/resultados")
    @Operation(operationId = "obtenerResultadosIndicador",
            summary = "An indicator's result at each quarter of its ejercicio, with the trace of each figure",
            description = "With conocidoEn, the results as they were known at that instant (none for the quarters "
                    + "not computed yet then).")
    @APIResponse(responseCode = "200", description = "The results, Q1 to Q4",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultadosIndicador.class),
                    examples = {
                            @ExampleObject(name = "matriculaConsular", ref = "ResultadosMatriculaConsular"),
                            @ExampleObject(name = "conocidoEn", ref = "ResultadosConocidosAlCierre2023")}))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    public ResultadosIndicador resultados(
            @Parameter(description = "The indicator's id, as the catalog published it",
                    examples = {@ExampleObject(name = "matriculaConsular", ref = "IndicadorMatriculaConsular"),
                            @ExampleObject(name = "conocidoEn", ref = "IndicadorMatriculaConsular")})
            @PathParam("indicadorId") UUID indicadorId,
            @Parameter(description = "ISO-8601 date-time with offset, years " + Limites.ANIO_MINIMO + " to "
                    + Limites.ANIO_MAXIMO, examples = @ExampleObject(name = "conocidoEn", ref = "CierreDe2023"),
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("conocidoEn") @Size(max = Limites.INSTANTE) String conocidoEn) {
        var conocidos = conocidoEn == null
                ? resultados.resultados(indicadorId)
                : resultados.resultados(indicadorId, instante(conocidoEn));
        return conocidos.map(ResultadoMapper::aModelo).orElseThrow(() -> new RecursoNoEncontradoException("el indicador", indicadorId));
    }

    /** An instant the history's column can hold: java.time reads years up to 999999999, PostgreSQL does not. */
    private static OffsetDateTime instante(String texto) {
        OffsetDateTime instante;
        try {
            instante = OffsetDateTime.parse(texto);
        } catch (DateTimeParseException e) {
            throw new ParametroInvalidoException("conocidoEn", INSTANTE_ESPERADO);
        }
        if (instante.getYear() < Limites.ANIO_MINIMO || instante.getYear() > Limites.ANIO_MAXIMO) {
            throw new ParametroInvalidoException("conocidoEn", INSTANTE_ESPERADO);
        }
        return instante;
    }
}
