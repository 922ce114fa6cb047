package mx.pbrsed.capture.domain;

/** One rejected field of a request and why. */
public record Rechazo(String campo, String mensaje) {
}
