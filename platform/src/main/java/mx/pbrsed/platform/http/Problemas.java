package mx.pbrsed.platform.http;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds problem responses; the one place that knows the media type, the type URIs and the instance. */
public final class Problemas {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TIPO_BASE = "https://pbrsed.mx/problemas/";
    private static final int LARGO_MAXIMO_INSTANCIA = 2048;

    private Problemas() {
    }

    public static Problema problema(int estado, String tipo, String titulo, String detalle, String ruta,
                                    List<Problema.ErrorCampo> errores) {
        return new Problema(URI.create(TIPO_BASE + tipo), titulo, estado, detalle, instancia(ruta), errores);
    }

    public static Response.ResponseBuilder respuesta(int estado, String tipo, String titulo, String detalle, String ruta,
                                                     List<Problema.ErrorCampo> errores) {
        return Response.status(estado).type(PROBLEM_JSON).entity(problema(estado, tipo, titulo, detalle, ruta, errores));
    }

    /**
     * The request's path as a URI reference. The path a client sent may hold anything (a space, a
     * quote, '%', NUL, a megabyte): every byte outside the unreserved set and '/' is percent-encoded,
     * so building the problem can never fail, and a very long path is cut.
     */
    static URI instancia(String ruta) {
        if (ruta == null || ruta.isEmpty()) {
            return URI.create("/");
        }
        byte[] bytes = ruta.getBytes(StandardCharsets.UTF_8);
        StringBuilder codificada = new StringBuilder(Math.min(bytes.length, LARGO_MAXIMO_INSTANCIA) + 16);
        for (byte b : bytes) {
            if (codificada.length() >= LARGO_MAXIMO_INSTANCIA) {
                break;
            }
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                codificada.append((char) c);
            } else {
                codificada.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return URI.create(codificada.toString());
    }
}
