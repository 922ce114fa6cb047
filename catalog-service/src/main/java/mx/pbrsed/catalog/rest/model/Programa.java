package mx.pbrsed.catalog.rest.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Maximos;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programa's current version: actualizadoEn and registradoPor (a token subject) say when and by whom it was made. */
@Schema(requiredProperties = {"id", "version", "ejercicio", "ramo", "unidadResponsable", "clave", "nombre",
        "presupuestoAprobado", "presupuestoModificado", "objetivos", "actualizadoEn", "registradoPor"})
public record Programa(
        UUID id,
        @Schema(minimum = "1", maximum = "2147483647") int version,
        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO) int ejercicio,
        ClaveNombre ramo,
        ClaveNombre unidadResponsable,
        @Schema(maxLength = Limites.CLAVE) String clave,
        @Schema(maxLength = Limites.NOMBRE) String nombre,
        BigDecimal presupuestoAprobado,
        BigDecimal presupuestoModificado,
        @Schema(maxItems = Maximos.OBJETIVOS) List<Objetivo> objetivos,
        OffsetDateTime actualizadoEn,
        @Schema(nullable = true, maxLength = Limites.SUJETO) String registradoPor) {
}
