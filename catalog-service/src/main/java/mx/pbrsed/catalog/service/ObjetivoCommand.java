package mx.pbrsed.catalog.service;

import java.util.UUID;
import mx.pbrsed.catalog.domain.Nivel;

/** A new objective of a MIR; clave null takes the default, padreId only for an ACTIVIDAD. */
public record ObjetivoCommand(String clave, Nivel nivel, String resumenNarrativo, String responsable, UUID padreId) {
}
