package mx.pbrsed.catalog.rest.model;

import java.util.List;
import java.util.UUID;
import mx.pbrsed.catalog.domain.Maximos;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did to the programa, each objective and each indicator of the document, in its order, with their ids. */
@Schema(requiredProperties = {"programa", "objetivos", "indicadores"})
public record ResultadoImportacion(
        Importado programa,
        @Schema(maxItems = Maximos.OBJETIVOS) List<Importado> objetivos,
        @Schema(maxItems = Maximos.INDICADORES_POR_PROGRAMA) List<Importado> indicadores) {

    /** version is null for an objective, which has none. */
    @Schema(requiredProperties = {"clave", "id", "version", "cambio"})
    public record Importado(
            @Schema(maxLength = Limites.CLAVE_INDICADOR) String clave,
            UUID id,
            @Schema(nullable = true, minimum = "1", maximum = "2147483647") Integer version,
            Cambio cambio) {
    }

    public enum Cambio {
        CREADO, MODIFICADO, SIN_CAMBIO
    }
}
