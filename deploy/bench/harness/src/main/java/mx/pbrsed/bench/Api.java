package mx.pbrsed.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** The services' REST APIs through the JDK's HttpClient over HTTP/1.1, bodies written by Jackson. */
final class Api {
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, Bench::demonio))
            .build();
    static final String JSON = "application/json";
    private static final Duration ESPERA = Duration.ofSeconds(30);

    private Api() {
    }

    /** A POST of the body as JSON, not sent yet (the open-loop load sends it asynchronously). */
    static HttpRequest post(URI uri, Object cuerpo, String token, Duration espera) {
        return post(uri, JSON, Json.escribir(cuerpo), token, espera);
    }

    static HttpRequest post(URI uri, String tipo, String cuerpo, String token, Duration espera) {
        return HttpRequest.newBuilder(uri).timeout(espera)
                .header("Authorization", "Bearer " + token).header("Content-Type", tipo)
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build();
    }

    static HttpResponse<String> post(String url, Object cuerpo, String token) throws IOException, InterruptedException {
        return enviar(post(URI.create(url), cuerpo, token, ESPERA));
    }

    static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return enviar(HttpRequest.newBuilder(URI.create(url)).timeout(ESPERA)
                .header("Authorization", "Bearer " + token).GET().build());
    }

    static HttpResponse<String> enviar(HttpRequest solicitud) throws IOException, InterruptedException {
        return HTTP.send(solicitud, HttpResponse.BodyHandlers.ofString());
    }

    /** The answer's body as the given record, if its status is the expected one. */
    static <T> T exigir(int estado, HttpResponse<String> r, String que, Class<T> tipo) {
        exigir(estado, r, que);
        return Json.leer(r.body(), tipo);
    }

    static void exigir(int estado, HttpResponse<String> r, String que) {
        if (r.statusCode() != estado) {
            throw new IllegalStateException(que + ": " + r.statusCode() + " " + recortar(r.body()));
        }
    }

    /** A body on one line and at most 300 characters, for messages. */
    static String recortar(String s) {
        String una = s.replaceAll("\\s+", " ");
        return una.length() > 300 ? una.substring(0, 300) + "..." : una;
    }
}
