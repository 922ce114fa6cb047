package mx.pbrsed.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mx.pbrsed.evaluation.rest.model.Limites;
import mx.pbrsed.evaluation.service.AvanceIndicadorAbierto;
import mx.pbrsed.evaluation.service.DatosAbiertosService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/datos-abiertos")
@Tag(name = ApiDefinition.DATOS_ABIERTOS)
@SecurityRequirement(name = ApiDefinition.JWT)
@RolesAllowed({Roles.CONSULTA, Roles.CAPTURISTA, Roles.VALIDADOR, Roles.ADMIN_CATALOGO})
public class DatosAbiertosResource {
    static final String CSV = "text/csv; charset=UTF-8";

    /** The federal dataset's columns, in its order; the indicator's id and name follow to tell rows apart. */
    static final List<String> COLUMNAS = Stream.of(
                    Stream.of("CICLO", "ID_RAMO", "DESC_RAMO", "ID_UR", "DESC_UR", "ID_PP", "DESC_PP", "ID_NIVEL",
                            "DESC_NIVEL", "FRECUENCIA", "TIPO_INDICADOR", "DIMENSION", "UNIDAD_MEDIDA", "SENTIDO"),
                    mensuales("META_MES"), mensuales("META_AJUSTADA_MES"), mensuales("AVANCE_MES"),
                    mensuales("JUSTIFICACION_AJUSTE_MES"),
                    Stream.of("ID_INDICADOR", "NOMBRE_INDICADOR"))
            .flatMap(s -> s).toList();

    private final DatosAbiertosService datosAbiertos;

    public DatosAbiertosResource(DatosAbiertosService datosAbiertos) {
        this.datosAbiertos = datosAbiertos;
    }

    @GET
    @Path("/avance-indicadores.csv")
    @Produces(CSV)
    @Operation(operationId = "avanceIndicadoresCsv",
            summary = "Avance de los indicadores of an ejercicio in the federal open-data CSV columns, one row per indicator",
            description = "UTF-8. META_MES (approved metas) and JUSTIFICACION_AJUSTE_MES are empty: the catalog does not "
                    + "publish them. META_AJUSTADA_MESn is the formula over month n's metas modificadas; AVANCE_MESn "
                    + "the logro of the quarter that ends in month n. Unknown values are empty. A text cell that a "
                    + "spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) is "
                    + "written quoted with a leading single quote; numbers are written as they are.")
    @APIResponse(responseCode = "200", description = "The CSV, served as an attachment",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = Limites.CARACTERES_DOCUMENTO),
                    examples = @ExampleObject(name = "e011", ref = "CsvE011")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.INVALIDO)
    @APIResponse(responseCode = "401", ref = ApiDefinition.NO_AUTENTICADO)
    @APIResponse(responseCode = "403", ref = ApiDefinition.PROHIBIDO)
    @APIResponse(responseCode = "422", ref = ApiDefinition.DEMASIADO_GRANDE)
    public Response avanceIndicadores(
            @Parameter(description = "Ejercicio fiscal (2000..2100)", required = true,
                    examples = @ExampleObject(name = "e011", ref = "Ejercicio2023"))
            @QueryParam("ejercicio") @NotNull @Min(Limites.EJERCICIO_MINIMO) @Max(Limites.EJERCICIO_MAXIMO) Integer ejercicio) {
        var hoja = new HojaCsv(Limites.CARACTERES_DOCUMENTO).fila(COLUMNAS);
        datosAbiertos.avanceIndicadores(ejercicio).forEach(fila -> hoja.fila(celdas(fila)));
        return Response.ok(hoja.texto(), CSV)
                .header("Content-Disposition", "attachment; filename=\"avance-indicadores-" + ejercicio + ".csv\"")
                .build();
    }

    /** In the columns' order; the monthly figures as numbers, everything else as text. */
    private static List<Object> celdas(AvanceIndicadorAbierto f) {
        List<Object> celdas = new ArrayList<>(List.of(f.ciclo()));
        Stream.of(f.idRamo(), f.descRamo(), f.idUr(), f.descUr(), f.idPp(), f.descPp()).forEach(celdas::add);
        celdas.add(f.idNivel());
        Stream.of(f.descNivel(), f.frecuencia(), f.tipoIndicador(), f.dimension(), f.unidadMedida(), f.sentido())
                .forEach(celdas::add);
        Stream.of(f.metaMes(), f.metaAjustadaMes(), f.avanceMes()).forEach(celdas::addAll);
        celdas.addAll(f.justificacionAjusteMes());
        celdas.add(f.idIndicador());
        celdas.add(f.nombreIndicador());
        return celdas;
    }

    private static Stream<String> mensuales(String prefijo) {
        return IntStream.rangeClosed(1, 12).mapToObj(mes -> prefijo + mes);
    }
}
