package mx.pbrsed.capture.rest;

/** A lote or evidence file refused because {@link CupoDeCargas} is full: nothing was read or stored. */
public class CupoAgotadoException extends RuntimeException {
    CupoAgotadoException(String mensaje) {
        super(mensaje);
    }
}
