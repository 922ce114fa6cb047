package mx.pbrsed.evaluation.service;

import java.util.UUID;
import mx.pbrsed.evaluation.repository.IndicadorEntity;

/** An indicator as its definition in force describes it (the catalog's texts, unchecked here). */
public record FichaIndicador(UUID id, int version, int ejercicio, String programaClave, String nivel, String nombre,
                             String tipo, String dimension, String comportamiento, String frecuencia,
                             String unidadMedida) {

    static FichaIndicador de(IndicadorEntity i) {
        return new FichaIndicador(i.id, i.version, i.ejercicio, i.programaClave, i.nivel, i.nombre, i.tipo, i.dimension,
                i.comportamiento, i.frecuencia, i.unidadMedida);
    }
}
