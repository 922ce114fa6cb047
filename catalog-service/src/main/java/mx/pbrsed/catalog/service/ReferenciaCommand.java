package mx.pbrsed.catalog.service;

/** A new entry of a reference catalogue; ramo (a clave) only for a unidad responsable. */
public record ReferenciaCommand(String clave, String nombre, String ramo) {
}
