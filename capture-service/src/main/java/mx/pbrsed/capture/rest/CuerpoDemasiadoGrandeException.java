package mx.pbrsed.capture.rest;

/** A JSON body larger than {@link CuerpoAcotado} admits: refused while it was read, nothing stored. */
public class CuerpoDemasiadoGrandeException extends RuntimeException {
    CuerpoDemasiadoGrandeException(String mensaje) {
        super(mensaje);
    }
}
