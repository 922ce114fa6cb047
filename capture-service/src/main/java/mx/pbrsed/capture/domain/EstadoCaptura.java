package mx.pbrsed.capture.domain;

public enum EstadoCaptura {
    ENVIADA, VALIDADA, DEVUELTA
}
