package mx.pbrsed.catalog.rest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import mx.pbrsed.catalog.domain.Maximos;

/**
 * A programa with its MIR and the current fichas of its indicators, as one JSON document with no
 * server-assigned field: objectives and indicators are named by their claves, so the document
 * exported from one catalog imports into any other, and exporting what was imported gives it back.
 * vigenteDesde and modificadoPor only matter when importing: they date and sign the new versions
 * of the indicators the document changes (vigenteDesde defaults to today in Mexico City, and a
 * new indicator takes effect from 1 January of the ejercicio unless vigenteDesde says otherwise);
 * modificadoPor is required only when the import changes an existing indicator.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentoPrograma(
        @NotNull @Valid ProgramaRequest programa,
        @FechaAdmitida LocalDate vigenteDesde,
        @Size(max = Limites.NOMBRE) String modificadoPor,
        @NotNull @Size(max = Maximos.OBJETIVOS) List<@Valid @NotNull ObjetivoDocumento> objetivos) {
}
