package mx.pbrsed.capture.rest.model;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an indicator-period's chain of versions broke first. */
@Schema(description = "The first broken link of an indicator-period's chain of versions",
        requiredProperties = {"indicadorId", "ejercicio", "trimestre", "version", "tipo", "esperado", "almacenado", "detalle"})
public record RupturaDeCadena(
        UUID indicadorId,
        @Schema(minimum = "" + Limites.EJERCICIO_MINIMO, maximum = "" + Limites.EJERCICIO_MAXIMO) int ejercicio,
        @Schema(minimum = "1", maximum = "4") int trimestre,
        @Schema(description = "The version where the chain broke", minimum = "1", maximum = "2147483647") int version,
        @Schema(description = "CONTENIDO: the stored version does not give its stored hash (edited after it was sealed); "
                + "ENLACE: its stored previous hash is not the previous stored version's (a version removed, replaced or resealed)",
                enumeration = {"CONTENIDO", "ENLACE"}, maxLength = 9) String tipo,
        @Schema(nullable = true, description = "CONTENIDO: the hash of the stored content; ENLACE: the previous version's stored "
                + "hash (null when the version has none before it)", maxLength = 64, pattern = Limites.PATRON_HASH) String esperado,
        @Schema(nullable = true, description = "CONTENIDO: the stored hash; ENLACE: the stored previous hash",
                maxLength = 64, pattern = Limites.PATRON_HASH) String almacenado,
        @Schema(description = "What broke, in words", maxLength = 500) String detalle) {
}
