package mx.pbrsed.catalog.service;

import java.time.LocalDate;
import java.util.List;
import mx.pbrsed.catalog.domain.Nivel;

/**
 * A programa with its MIR and the fichas of its indicators, named by their claves, no ids: what an
 * import applies and an export gives. vigenteDesde and modificadoPor only matter when importing.
 * Each indicator is an {@link IndicadorCommand} without objetivoId, vigenteDesde or modificadoPor.
 */
public record Documento(DatosPrograma programa, LocalDate vigenteDesde, String modificadoPor, List<Objetivo> objetivos) {

    /** An ACTIVIDAD names the clave of its COMPONENTE as padre. */
    public record Objetivo(String clave, Nivel nivel, String resumenNarrativo, String responsable, String padre,
                           List<IndicadorCommand> indicadores) {
    }
}
