package mx.pbrsed.evaluation.rest;

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
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.rest.model.Limites;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno.Ambito;
import mx.pbrsed.evaluation.service.Resumen.Filtro;
import mx.pbrsed.evaluation.service.ResumenService;
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

/** The seed's "INDICADORES DE DESEMPEÑO" summary per program, UR and ramo. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDefinition.RESUMENES)
@SecurityRequirement(name = ApiDefinition.JWT)
@RolesAllowed({Roles.CONSULTA, Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO})
public class ResumenResource {
    static final String COLORES = "^(VERDE|AMARILLO|ROJO|EXCEDIDO)$";
    static final String MENSAJE_COLOR = "debe ser VERDE, AMARILLO, ROJO o EXCEDIDO";
    /** A query boolean is true or false, never read as false whatever it says (tardia=maybe is a 400). */
    static final String BOOLEANO = "^(true|false)$";
    static final String MENSAJE_BOOLEANO = "debe ser true o false";

    private final ResumenService resumenes;

    public ResumenResource(ResumenService resumenes) {
        this.resumenes = resumenes;
    }

    @GET
    @Path("programas/{ejercicio}/{clave}/resumen")
    @Operation(operationId = "resumenPrograma",
            summary = "A program's indicators at a quarter, counts per colour and avance financiero",
            description = "The indicators in force of the program (FIN, PROPOSITO, COMPONENTE, ACTIVIDAD), each with its "
                    + "result at the quarter; semaforo and tardia filter the rows listed, never the count per colour.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumenDesempeno.class),
                    examples = @ExampleObject(name = "e011", ref = "ResumenProgramaE011")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @APIResponse(responseCode = "422", ref = ApiDefinition.DEMASIADO_GRANDE)
    public ResumenDesempeno programa(
            @Parameter(description = "Ejercicio fiscal (2000..2100)", examples = @ExampleObject(name = "e011", ref = "Ejercicio2023")) @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "Clave of the programa presupuestario", examples = @ExampleObject(name = "e011", ref = "ProgramaE011")) @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
            @Parameter(description = "Quarter (1..4)", examples = @ExampleObject(name = "e011", ref = "Trimestre4")) @QueryParam("trimestre") @DefaultValue("4")
            @Min(1) @Max(4) int trimestre,
            @Parameter(description = "Only indicators of this colour", schema = @Schema(implementation = Color.class))
            @QueryParam("semaforo") @Pattern(regexp = COLORES, message = MENSAJE_COLOR) String semaforo,
            @Parameter(description = "Only indicators whose captura was (true) or was not (false) late",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("tardia") @Pattern(regexp = BOOLEANO, message = MENSAJE_BOOLEANO) String tardia) {
        return resumenes.dePrograma(ejercicio, clave, trimestre, filtro(semaforo, tardia))
                .map(resumen -> ResumenMapper.aModelo(Ambito.PROGRAMA, resumen))
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", ejercicio + "/" + clave));
    }

    @GET
    @Path("unidades-responsables/{ejercicio}/{clave}/resumen")
    @Operation(operationId = "resumenUnidadResponsable",
            summary = "The same summary over the programs of a unidad responsable, budgets and devengados added up",
            description = "A unidad responsable is known through the programs the catalog published for it in the "
                    + "ejercicio; its summary lists their indicators, program by program.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumenDesempeno.class),
                    examples = @ExampleObject(name = "ur118", ref = "ResumenUr118Amarillos")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @APIResponse(responseCode = "422", ref = ApiDefinition.DEMASIADO_GRANDE)
    public ResumenDesempeno unidadResponsable(
            @Parameter(description = "Ejercicio fiscal (2000..2100)", examples = @ExampleObject(name = "ur118", ref = "Ejercicio2023")) @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "Clave of the unidad responsable", examples = @ExampleObject(name = "ur118", ref = "UnidadResponsable118")) @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
            @Parameter(description = "Quarter (1..4)", examples = @ExampleObject(name = "ur118", ref = "Trimestre4")) @QueryParam("trimestre") @DefaultValue("4")
            @Min(1) @Max(4) int trimestre,
            @Parameter(description = "Only indicators of this colour", schema = @Schema(implementation = Color.class),
                    examples = @ExampleObject(name = "ur118", ref = "SemaforoAmarillo"))
            @QueryParam("semaforo") @Pattern(regexp = COLORES, message = MENSAJE_COLOR) String semaforo,
            @Parameter(description = "Only indicators whose captura was (true) or was not (false) late",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("tardia") @Pattern(regexp = BOOLEANO, message = MENSAJE_BOOLEANO) String tardia) {
        return resumenes.deUnidadResponsable(ejercicio, clave, trimestre, filtro(semaforo, tardia))
                .map(resumen -> ResumenMapper.aModelo(Ambito.UNIDAD_RESPONSABLE, resumen))
                .orElseThrow(() -> new RecursoNoEncontradoException("la unidad responsable", ejercicio + "/" + clave));
    }

    @GET
    @Path("ramos/{ejercicio}/{clave}/resumen")
    @Operation(operationId = "resumenRamo",
            summary = "The same summary over the programs of a ramo, budgets and devengados added up",
            description = "A ramo is known through the programs the catalog published for it in the ejercicio; its "
                    + "summary lists their indicators, program by program.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResumenDesempeno.class),
                    examples = @ExampleObject(name = "ramo04", ref = "ResumenRamo04Tardias")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NO_ENCONTRADO)
    @APIResponse(responseCode = "422", ref = ApiDefinition.DEMASIADO_GRANDE)
    public ResumenDesempeno ramo(
            @Parameter(description = "Ejercicio fiscal (2000..2100)", examples = @ExampleObject(name = "ramo04", ref = "Ejercicio2023")) @PathParam("ejercicio")
            @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) int ejercicio,
            @Parameter(description = "Clave of the ramo", examples = @ExampleObject(name = "ramo04", ref = "Ramo04")) @PathParam("clave")
            @Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE) String clave,
            @Parameter(description = "Quarter (1..4)", examples = @ExampleObject(name = "ramo04", ref = "Trimestre4")) @QueryParam("trimestre") @DefaultValue("4")
            @Min(1) @Max(4) int trimestre,
            @Parameter(description = "Only indicators of this colour", schema = @Schema(implementation = Color.class))
            @QueryParam("semaforo") @Pattern(regexp = COLORES, message = MENSAJE_COLOR) String semaforo,
            @Parameter(description = "Only indicators whose captura was (true) or was not (false) late",
                    schema = @Schema(type = SchemaType.BOOLEAN), examples = @ExampleObject(name = "ramo04", ref = "TardiaSi"))
            @QueryParam("tardia") @Pattern(regexp = BOOLEANO, message = MENSAJE_BOOLEANO) String tardia) {
        return resumenes.deRamo(ejercicio, clave, trimestre, filtro(semaforo, tardia))
                .map(resumen -> ResumenMapper.aModelo(Ambito.RAMO, resumen))
                .orElseThrow(() -> new RecursoNoEncontradoException("el ramo", ejercicio + "/" + clave));
    }

    private static Filtro filtro(String semaforo, String tardia) {
        return new Filtro(semaforo == null ? null : Color.valueOf(semaforo), tardia == null ? null : Boolean.valueOf(tardia));
    }
}
