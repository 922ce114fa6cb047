package mx.pbrsed.evaluation.rest.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import mx.pbrsed.evaluation.domain.AvanceFinanciero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The seed's "INDICADORES DE DESEMPEÑO" table for a program, a UR or a ramo at a quarter:
 * its indicators (after the filters), the count per colour of all of them, and the avance
 * financiero of its programs (null without a known budget).
 */
@Schema(requiredProperties = {"ambito", "ejercicio", "clave", "nombre", "trimestre", "programas", "indicadores", "conteo", "avanceFinanciero"})
public record ResumenDesempeno(
        Ambito ambito,
        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO)
        int ejercicio,
        @Schema(maxLength = Limites.CLAVE, pattern = Limites.PATRON_CLAVE)
        String clave,
        @Schema(nullable = true, maxLength = Limites.NOMBRE,
                description = "Null while the catalog's programa is not known here, only its indicators")
        String nombre,
        @Schema(minimum = "1", maximum = "4")
        int trimestre,
        @Schema(description = "Claves of the programs summed up", maxItems = Limites.PROGRAMAS_POR_CONSULTA)
        List<@Size(max = Limites.CLAVE) @Pattern(regexp = Limites.PATRON_CLAVE) String> programas,
        @Schema(maxItems = Limites.INDICADORES_POR_CONSULTA)
        List<IndicadorDesempeno> indicadores,
        ConteoSemaforo conteo,
        @Schema(nullable = true)
        AvanceFinanciero avanceFinanciero) {

    public enum Ambito {
        PROGRAMA,
        UNIDAD_RESPONSABLE,
        RAMO
    }
}
