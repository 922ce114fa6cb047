package mx.pbrsed.capture.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A capture calendar that breaks the window rules, with every rejected field. */
public class CalendarioRechazadoException extends RuntimeException {
    private final List<Rechazo> rechazos;

    public CalendarioRechazadoException(List<Rechazo> rechazos) {
        super(rechazos.stream().map(Rechazo::mensaje).collect(Collectors.joining("; ")));
        this.rechazos = List.copyOf(rechazos);
    }

    public List<Rechazo> rechazos() {
        return rechazos;
    }
}
