package mx.pbrsed.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.pbrsed.evaluation.domain.Color;
import mx.pbrsed.evaluation.rest.model.ResumenDesempeno;
import mx.pbrsed.evaluation.service.RecursoNoEncontradoException;
import mx.pbrsed.evaluation.service.ResumenService;
import mx.pbrsed.evaluation.service.ResumenService.Filtro;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The seed's "INDICADORES DE DESEMPEÑO" summary per program, UR and ramo. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "resumenes", description = "Indicators, colours and avance financiero of a program, a UR or a ramo")
public class ResumenResource {
    static final String COLORES = "VERDE|AMARILLO|ROJO|EXCEDIDO";
    static final String MENSAJE_COLOR = "debe ser VERDE, AMARILLO, ROJO o EXCEDIDO";

    private final ResumenService resumenes;

    public ResumenResource(ResumenService resumenes) {
        this.resumenes = resumenes;
    }

    @GET
    @Path("programas/{ejercicio}/{clave}/resumen")
    @Operation(operationId = "resumenPrograma", summary = "A program's indicators at a quarter, counts per colour and avance financiero")
    public ResumenDesempeno programa(
            @PathParam("ejercicio") @Min(2000) @Max(2100) int ejercicio,
            @PathParam("clave") String clave,
            @QueryParam("trimestre") @DefaultValue("4") @Min(1) @Max(4) int trimestre,
            @Parameter(description = "Only indicators of this colour") @QueryParam("semaforo")
            @Pattern(regexp = COLORES, message = MENSAJE_COLOR) String semaforo,
            @Parameter(description = "Only indicators whose captura was (true) or was not (false) late")
            @QueryParam("tardia") Boolean tardia) {
        return resumenes.dePrograma(ejercicio, clave, trimestre, filtro(semaforo, tardia))
                .orElseThrow(() -> new RecursoNoEncontradoException("el programa", ejercicio + "/" + clave));
    }

    @GET
    @Path("unidades-responsables/{ejercicio}/{clave}/resumen")
    @Operation(operationId = "resumenUnidadResponsable", summary = "The same summary over the programs of a UR")
    public ResumenDesempeno unidadResponsable(
            @PathParam("ejercicio") @Min(2000) @Max(2100) int ejercicio,
            @PathParam("clave") String clave,
            @QueryParam("trimestre") @DefaultValue("4") @Min(1) @Max(4) int trimestre,
            @QueryParam("semaforo") @Pattern(regexp = COLORES, message = MENSAJE_COLOR) String semaforo,
            @QueryParam("tardia") Boolean tardia) {
        return resumenes.deUnidadResponsable(ejercicio, clave, trimestre, filtro(semaforo, tardia))
                .orElseThrow(() -> new RecursoNoEncontradoException("la unidad responsable", ejercicio + "/" + clave));
    }

    @GET
    @Path("ramos/{ejercicio}/{clave}/resumen")
    @Operation(operationId = "resumenRamo", summary = "The same summary over the programs of a ramo")
    public ResumenDesempeno ramo(
            @PathParam("ejercicio") @Min(2000) @Max(2100) int ejercicio,
            @PathParam("clave") String clave,
            @QueryParam("trimestre") @DefaultValue("4") @Min(1) @Max(4) int trimestre,
            @QueryParam("semaforo") @Pattern(regexp = COLORES, message = MENSAJE_COLOR) String semaforo,
            @QueryParam("tardia") Boolean tardia) {
        return resumenes.deRamo(ejercicio, clave, trimestre, filtro(semaforo, tardia))
                .orElseThrow(() -> new RecursoNoEncontradoException("el ramo", ejercicio + "/" + clave));
    }

    private static Filtro filtro(String semaforo, Boolean tardia) {
        return new Filtro(semaforo == null ? null : Color.valueOf(semaforo), tardia);
    }
}
