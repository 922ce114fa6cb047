package mx.pbrsed.catalog.rest.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

public record MetasDef(@NotNull List<@Valid @NotNull MetaMes> aprobadas, @NotNull List<@Valid @NotNull MetaMes> modificadas) {
}
