package mx.pbrsed.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.rest.model.Limites;
import mx.pbrsed.evaluation.rest.model.PaginaEnRiesgo;
import mx.pbrsed.evaluation.service.RiesgoService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Early warning: the indicators whose year-end projection is not VERDE (SPEC rule 10). */
@Path("/indicadores-en-riesgo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDefinition.RESULTADOS)
@SecurityRequirement(name = ApiDefinition.JWT)
@RolesAllowed({Roles.CONSULTA, Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO})
public class RiesgoResource {
    /** VERDE is the one colour never at risk. */
    static final String COLORES_EN_RIESGO = "^(AMARILLO|ROJO|EXCEDIDO)$";
    static final String MENSAJE_COLOR_EN_RIESGO = "debe ser AMARILLO, ROJO o EXCEDIDO (VERDE no está en riesgo)";

    private final RiesgoService riesgos;

    public RiesgoResource(RiesgoService riesgos) {
        this.riesgos = riesgos;
    }

    @GET
    @Operation(operationId = "consultarIndicadoresEnRiesgo",
            summary = "The indicators whose year-end projection is not VERDE, a page at a time",
            description = "Each item is an indicator-quarter (Q1..Q3) whose current result is CALCULADO and whose "
                    + "projection to December (SPEC rule 10) gives a colour other than VERDE, with the projection's trace. "
                    + "Filters other than ejercicio are optional; ramo and ur match the programs the catalog published "
                    + "on programas. Ordered by quarter, program, name.")
    @APIResponse(responseCode = "200", description = "One page of indicators at risk",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaginaEnRiesgo.class),
                    examples = @ExampleObject(name = "ur118", ref = "EnRiesgoUr118Q2")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    public PaginaEnRiesgo consultar(
            @Parameter(description = "Ejercicio fiscal (2000..2100)", required = true,
                    examples = @ExampleObject(name = "ur118", ref = "Ejercicio2024"))
            @QueryParam("ejercicio") @NotNull @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) Integer ejercicio,
            @Parameter(description = "Quarter of the projection (1..3; Q4 is the year end itself)",
                    examples = @ExampleObject(name = "ur118", ref = "Trimestre2"))
            @QueryParam("trimestre") @Min(1) @Max(3) Integer trimestre,
            @Parameter(description = "Clave of a ramo") @QueryParam("ramo")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String ramo,
            @Parameter(description = "Clave of a unidad responsable",
                    examples = @ExampleObject(name = "ur118", ref = "UnidadResponsable118")) @QueryParam("ur")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String ur,
            @Parameter(description = "Clave of a programa presupuestario") @QueryParam("programa")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String programa,
            @Parameter(description = "Only this projected colour", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"AMARILLO", "ROJO", "EXCEDIDO"}))
            @QueryParam("semaforo") @Pattern(regexp = COLORES_EN_RIESGO, message = MENSAJE_COLOR_EN_RIESGO) String semaforo,
            @Parameter(description = "The page, from 0") @QueryParam("page") @DefaultValue("0")
            @Min(0) @Max(Limites.PAGINA_MAXIMA) int page,
            @Parameter(description = "Items per page") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Limites.TAMANO_PAGINA) int size) {
        return RiesgoMapper.aModelo(riesgos.enRiesgo(ejercicio, trimestre, ramo, ur, programa,
                semaforo == null ? null : Color.valueOf(semaforo), page, size));
    }
}
