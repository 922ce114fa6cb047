package mx.pbrsed.catalog.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Comportamiento;
import mx.pbrsed.catalog.domain.Dimension;
import mx.pbrsed.catalog.domain.FormulaDescendente;
import mx.pbrsed.catalog.domain.Frecuencia;
import mx.pbrsed.catalog.domain.TipoIndicador;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ficha técnica, to register (POST) or to replace (PUT) an indicator. formulaDescendente
 * defaults to LINEAL and parametrosSemaforo to the defaults of the comportamiento when omitted.
 * vigenteDesde is the date the definition takes effect: optional when registering (the first day
 * of the ejercicio), required when replacing; metas modificadas that differ from the aprobadas
 * when registering, or change when replacing, need a justificacion (kept in the metas history),
 * and every change names who makes it (modificadoPor). The clave, unique in the
 * program, defaults to the objective's clave and a number (FIN-1); it does not change afterwards.
 * Inside a {@link DocumentoPrograma} the same record is one indicator: clave required, no
 * objetivoId, vigenteDesde or modificadoPor (the document gives them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicadorRequest(
        @NotNull(groups = EnDocumento.class)
        @Size(max = Limites.CLAVE_INDICADOR) @Pattern(regexp = Limites.PATRON_CLAVE_MIR, message = Limites.MENSAJE_CLAVE_MIR)
        String clave,
        @NotNull(groups = {Alta.class, Cambio.class})
        @Null(groups = EnDocumento.class, message = EN_DOCUMENTO) UUID objetivoId,
        @NotBlank @Size(max = Limites.NOMBRE) String nombre,
        @NotNull TipoIndicador tipo,
        @NotNull Dimension dimension,
        @NotNull Comportamiento comportamiento,
        FormulaDescendente formulaDescendente,
        @NotNull Frecuencia frecuencia,
        @Schema(description = "The clave of an entry in force of GET /unidades-medida")
        @NotBlank @Size(max = Limites.UNIDAD_MEDIDA) @Pattern(regexp = Limites.PATRON_CLAVE, message = Limites.MENSAJE_CLAVE)
        String unidadMedida,
        @NotNull @Valid MetodoCalculoDef metodoCalculo,
        @NotEmpty @Size(max = Limites.VARIABLES) List<@Valid @NotNull VariableDef> variables,
        @Size(max = Limites.TEXTO) String lineaBase,
        @Schema(description = "Year of the línea base; required for a multi-year frecuencia (BIENAL, TRIENAL, QUINQUENAL, "
                + "SEXENAL), which is measured in December of the ejercicios whose distance to it is a multiple of its period")
        @Min(Limites.ANIO_MINIMO) @Max(Limites.ANIO_MAXIMO) Integer anioLineaBase,
        @Size(max = Limites.TEXTO) String mediosVerificacion,
        @Size(max = Limites.RANGOS) List<@Valid @NotNull RangoSemaforoDef> parametrosSemaforo,
        @NotNull @Valid MetasDef metasCalendarizadas,
        @NotNull(groups = Cambio.class) @Null(groups = EnDocumento.class, message = EN_DOCUMENTO) @FechaAdmitida
        LocalDate vigenteDesde,
        @Size(max = Limites.TEXTO) String justificacion,
        @Null(groups = Alta.class, message = "solo se indica al modificar un indicador")
        @Null(groups = EnDocumento.class, message = EN_DOCUMENTO)
        @NotBlank(groups = Cambio.class) @Size(max = Limites.NOMBRE) String modificadoPor) {

    static final String EN_DOCUMENTO = "en un documento de programa lo da el objetivo o el documento";

    /** Validation of a registration. */
    public interface Alta extends Default {
    }

    /** Validation of a replacement. */
    public interface Cambio extends Default {
    }

    /** Validation of an indicator inside a whole-program document: named by its clave, hung from its objective. */
    public interface EnDocumento extends Default {
    }
}
