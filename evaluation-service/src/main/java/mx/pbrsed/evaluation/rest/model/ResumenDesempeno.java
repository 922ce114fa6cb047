package mx.pbrsed.evaluation.rest.model;

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
        int ejercicio,
        String clave,
        String nombre,
        int trimestre,
        List<String> programas,
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
