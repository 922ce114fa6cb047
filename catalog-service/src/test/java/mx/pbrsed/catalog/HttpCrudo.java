package mx.pbrsed.catalog;

import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.http.Header;
import io.restassured.http.Headers;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mx.pbrsed.jwt.ClavesDePrueba;
import mx.pbrsed.jwt.Token;

/**
 * A request exactly as written, over a socket: HTTP clients normalise or refuse what a hostile one
 * sends (a malformed %-escape, '..' segments, a quote) and work on the bodies they send (RestAssured
 * pretty-prints a body for its failure log, seconds for a deeply nested one), and the service must
 * answer those as they are. HTTP/1.0, so the answer comes whole and unchunked; it is read back as a
 * RestAssured response.
 */
public final class HttpCrudo {
    private static final String TOKEN = ClavesDePrueba.token(CatalogoApi.ADMIN, Token.ROL_ADMIN_CATALOGO, null);

    private HttpCrudo() {
    }

    /** {@code ruta} goes on the request line as it is, query included; {@code cuerpo} may be null. */
    public static Response enviar(String metodo, String ruta, String cuerpo) {
        byte[] bytes = cuerpo == null ? new byte[0] : cuerpo.getBytes(StandardCharsets.UTF_8);
        String cabeza = metodo + " " + ruta + " HTTP/1.0\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
                + "\r\nAccept: application/json\r\n"
                + (cuerpo == null ? "" : "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n") + "\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(cabeza.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return leer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response leer(String respuesta) {
        int finCabeza = respuesta.indexOf("\r\n\r\n");
        String[] lineas = respuesta.substring(0, finCabeza).split("\r\n");
        List<Header> cabeceras = new ArrayList<>();
        String tipo = "";
        for (int i = 1; i < lineas.length; i++) {
            int dosPuntos = lineas[i].indexOf(':');
            Header cabecera = new Header(lineas[i].substring(0, dosPuntos).trim(), lineas[i].substring(dosPuntos + 1).trim());
            cabeceras.add(cabecera);
            if (cabecera.getName().equalsIgnoreCase("Content-Type")) {
                tipo = cabecera.getValue();
            }
        }
        return new ResponseBuilder().setStatusLine(lineas[0]).setStatusCode(Integer.parseInt(lineas[0].split(" ")[1]))
                .setHeaders(new Headers(cabeceras)).setContentType(tipo).setBody(respuesta.substring(finCabeza + 4)).build();
    }
}
