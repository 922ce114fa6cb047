package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import mx.pbrsed.catalog.domain.FamiliaMetodo;
import mx.pbrsed.catalog.domain.ParserFormula;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record MetodoCalculoDef(
        @NotNull FamiliaMetodo familia,
        @Schema(description = "The formula over the variables: numbers, V1, V2, ..., + - * / and parentheses, e.g. "
                + "(V1 / V2) * 100. At most " + ParserFormula.LONGITUD_MAXIMA + " characters, also once written "
                + "canonically as the catalog publishes it, and at most " + ParserFormula.PROFUNDIDAD_MAXIMA
                + " levels deep (a number or a variable is level 1, each operation or unary minus one more; "
                + "parentheses and minus signs nest no deeper either); no division by a constant that is zero "
                + "(V1 / (2 - 2)). Past the length it is a 400; otherwise a 422 formula-invalida with the position. "
                + "Every consumer reads whatever fits these limits.")
        @NotBlank @Size(max = ParserFormula.LONGITUD_MAXIMA) String expresion) {
}
