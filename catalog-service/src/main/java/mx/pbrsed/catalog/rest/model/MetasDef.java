package mx.pbrsed.catalog.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record MetasDef(
        @NotNull @Size(max = Limites.METAS) List<@Valid @NotNull MetaMes> aprobadas,
        @NotNull @Size(max = Limites.METAS) List<@Valid @NotNull MetaMes> modificadas) {
}
