package mx.pbrsed.evaluation;

import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;

/**
 * A request written byte for byte on the socket: an HTTP client refuses to send a path with a
 * malformed escape such as {@code %zz}, which is exactly what a hostile caller sends. The answer
 * comes back as a RestAssured response, so the same assertions read it.
 */
public final class SolicitudCruda {
    private SolicitudCruda() {
    }

    public static Response enviar(String metodo, String ruta, String token) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String solicitud = metodo + " " + ruta + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(solicitud.getBytes(StandardCharsets.ISO_8859_1));
            return respuesta(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Framing is read as ISO-8859-1, one char per byte, so indexes are byte offsets; the body is UTF-8. */
    private static Response respuesta(byte[] crudo) {
        String texto = new String(crudo, StandardCharsets.ISO_8859_1);
        int finCabeceras = texto.indexOf("\r\n\r\n");
        String[] lineas = texto.substring(0, finCabeceras).split("\r\n");
        var respuesta = new ResponseBuilder().setStatusCode(Integer.parseInt(lineas[0].split(" ")[1]))
                .setStatusLine(lineas[0]);
        boolean porPartes = false;
        for (int i = 1; i < lineas.length; i++) {
            String nombre = lineas[i].substring(0, lineas[i].indexOf(':')).trim();
            String valor = lineas[i].substring(lineas[i].indexOf(':') + 1).trim();
            respuesta.setHeader(nombre, valor);
            if (nombre.equalsIgnoreCase("Content-Type")) {
                respuesta.setContentType(valor);
            }
            porPartes |= nombre.equalsIgnoreCase("Transfer-Encoding") && valor.equalsIgnoreCase("chunked");
        }
        int inicio = finCabeceras + 4;
        byte[] cuerpo = porPartes ? unirPartes(texto, crudo, inicio)
                : Arrays.copyOfRange(crudo, inicio, crudo.length);
        return respuesta.setBody(new String(cuerpo, StandardCharsets.UTF_8)).build();
    }

    /** Chunked transfer coding: each part's size in hex on its own line, its bytes, until a part of size 0. */
    private static byte[] unirPartes(String texto, byte[] crudo, int inicio) {
        var unido = new ByteArrayOutputStream();
        int i = inicio;
        while (true) {
            int finLinea = texto.indexOf("\r\n", i);
            int tamano = Integer.parseInt(texto.substring(i, finLinea).split(";")[0].trim(), 16);
            if (tamano == 0) {
                return unido.toByteArray();
            }
            unido.write(crudo, finLinea + 2, tamano);
            i = finLinea + 2 + tamano + 2;
        }
    }
}
