package mx.pbrsed.capture.domain;

/** An evidence file refused for its name, type, size or content, or because its period already has as many as it may. */
public class EvidenciaRechazadaException extends RuntimeException {
    public enum Motivo { NOMBRE, TIPO, TAMANO, CONTENIDO, CANTIDAD }

    private final Motivo motivo;
    private final String campo;

    public EvidenciaRechazadaException(Motivo motivo, String campo, String mensaje) {
        super(mensaje);
        this.motivo = motivo;
        this.campo = campo;
    }

    public Motivo motivo() {
        return motivo;
    }

    public String campo() {
        return campo;
    }
}
