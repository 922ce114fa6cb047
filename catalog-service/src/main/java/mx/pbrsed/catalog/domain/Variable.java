package mx.pbrsed.catalog.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A reference to one of the indicator's variables: V1, V2, ... */
public record Variable(String clave) implements Expresion {

    private static final Pattern CLAVE = Pattern.compile("V[1-9][0-9]*");

    public Variable {
        Objects.requireNonNull(clave, "clave");
        if (!esClaveValida(clave)) {
            throw new IllegalArgumentException("Clave de variable inválida '" + clave + "'");
        }
    }

    public static boolean esClaveValida(String clave) {
        return CLAVE.matcher(clave).matches();
    }
}
