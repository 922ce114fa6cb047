package mx.pbrsed.catalog.service;

import java.math.BigDecimal;
import mx.pbrsed.catalog.repository.ProgramaEntity;

/**
 * A programa's own data, as registered and as a document carries it. On registration the names of
 * the ramo and the unidad responsable are the catalogue's, whatever these say.
 */
public record DatosPrograma(int ejercicio, String ramoClave, String ramoNombre, String urClave, String urNombre,
                            String clave, String nombre, BigDecimal presupuestoAprobado, BigDecimal presupuestoModificado) {

    static DatosPrograma de(ProgramaEntity p) {
        return new DatosPrograma(p.ejercicio, p.ramoClave, p.ramoNombre, p.urClave, p.urNombre, p.clave, p.nombre,
                p.presupuestoAprobado, p.presupuestoModificado);
    }
}
