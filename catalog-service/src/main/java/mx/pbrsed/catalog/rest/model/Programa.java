package mx.pbrsed.catalog.rest.model;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programa's current version: actualizadoEn and registradoPor (a token subject) say when and by whom it was made. */
@Schema(requiredProperties = {"id", "version", "ejercicio", "ramo", "unidadResponsable", "clave", "nombre",
        "presupuestoAprobado", "presupuestoModificado", "objetivos", "actualizadoEn", "registradoPor"})
public record Programa(
        UUID id,
        int version,
        int ejercicio,
        ClaveNombre ramo,
        ClaveNombre unidadResponsable,
        String clave,
        String nombre,
        BigDecimal presupuestoAprobado,
        BigDecimal presupuestoModificado,
        List<Objetivo> objetivos,
        OffsetDateTime actualizadoEn,
        @Schema(nullable = true) String registradoPor) {
}
