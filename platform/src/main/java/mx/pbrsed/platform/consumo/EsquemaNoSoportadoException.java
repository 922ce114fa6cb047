package mx.pbrsed.platform.consumo;

/** An event of a schema version this service cannot read; its message is the dead-letter reason. */
public class EsquemaNoSoportadoException extends EventoNoAdmitidoException {
    public EsquemaNoSoportadoException(String schemaVersion) {
        super("esquema-no-soportado",
                "schemaVersion " + schemaVersion + " no soportada: se lee la " + LectorEventos.SCHEMA_VERSION);
    }
}
