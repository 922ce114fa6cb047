package mx.pbrsed.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The edge's admission on a real Vert.x server: two requests run at once, two may wait half a
 * second, each request takes 300 ms and answers its own body (so a waiting request that lost its
 * body would show).
 */
class BordeHttpAdmisionTest {
    private static final int EN_CURSO = 2;
    private static final int EN_ESPERA = 2;
    private static final long DEMORA_MS = 300;

    private final Vertx vertx = Vertx.vertx();
    private final HttpClient cliente = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private BordeHttp borde;
    private HttpServer servidor;

    private void arrancar(Duration esperaMaxima) throws Exception {
        borde = new BordeHttp(new MemorySize(java.math.BigInteger.valueOf(1 << 20)), EN_CURSO, EN_ESPERA, esperaMaxima, 1, new ObjectMapper(),
                new SimpleMeterRegistry());
        Router router = Router.router(vertx);
        borde.registrar(router);
        router.route().handler(BodyHandler.create());
        router.route().handler(contexto -> vertx.setTimer(DEMORA_MS,
                id -> contexto.response().end(contexto.body().asString())));
        servidor = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage()
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void cerrar() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private CompletableFuture<HttpResponse<String>> enviar(String cuerpo) {
        return cliente.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + servidor.actualPort() + "/x"))
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<HttpResponse<String>> rafaga(int cuantas) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> envios = new ArrayList<>();
        for (int i = 0; i < cuantas; i++) {
            envios.add(enviar("cuerpo-" + i));
            Thread.sleep(20); // in order: the first ones take the turns, the next ones wait
        }
        List<HttpResponse<String>> respuestas = new ArrayList<>();
        for (var envio : envios) {
            respuestas.add(envio.get(10, TimeUnit.SECONDS));
        }
        return respuestas;
    }

    @Test
    void quienEsperaCorreConSuCuerpoCuandoTerminaUnaEnCurso() throws Exception {
        arrancar(Duration.ofSeconds(5));

        var respuestas = rafaga(EN_CURSO + EN_ESPERA);

        for (int i = 0; i < respuestas.size(); i++) {
            assertThat(respuestas.get(i).statusCode()).isEqualTo(200);
            assertThat(respuestas.get(i).body()).isEqualTo("cuerpo-" + i);
        }
        assertThat(borde.enCurso()).isZero();
        assertThat(borde.enEspera()).isZero();
    }

    @Test
    void conLaColaLlenaRechazaAlMomento() throws Exception {
        arrancar(Duration.ofSeconds(5));

        var respuestas = rafaga(EN_CURSO + EN_ESPERA + 1);

        var ultima = respuestas.get(respuestas.size() - 1);
        assertThat(ultima.statusCode()).isEqualTo(503);
        assertThat(ultima.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(ultima.headers().firstValue("Content-Type")).hasValue(Problemas.PROBLEM_JSON);
        assertThat(ultima.body()).contains("servicio-saturado");
        assertThat(respuestas.subList(0, EN_CURSO + EN_ESPERA)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        // the connection that carried the refused request still serves the next one
        assertThat(enviar("despues").get(10, TimeUnit.SECONDS).body()).isEqualTo("despues");
        assertThat(borde.enCurso()).isZero();
    }

    @Test
    void unaEsperaQueSeAgotaEsUn503() throws Exception {
        arrancar(Duration.ofMillis(100));

        var respuestas = rafaga(EN_CURSO + 1);

        assertThat(respuestas.subList(0, EN_CURSO)).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(respuestas.get(EN_CURSO).statusCode()).isEqualTo(503);
        assertThat(borde.enEspera()).isZero();
        assertThat(enviar("despues").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(borde.enCurso()).isZero();
    }
}
