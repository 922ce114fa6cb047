package mx.pbrsed.catalog.rest.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import mx.pbrsed.catalog.domain.FamiliaMetodo;

public record MetodoCalculoDef(@NotNull FamiliaMetodo familia, @NotBlank String expresion) {
}
