package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.versiones;
import static mx.pbrsed.capture.rest.Problemas.assertProblema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import mx.pbrsed.capture.rest.model.Limites;
import mx.pbrsed.jwt.Token;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a lote may be and how it is read: a documented maximum of rows and of bytes, read as a stream
 * that stops at the first row past it, strict UTF-8 CSV (with or without Excel's byte order mark),
 * strict query parameters, and at most two lotes or evidence files at once. Nothing refused is stored.
 */
@QuarkusTest
class LoteLimitesTest {
    private static final String ENCABEZADO = "indicadorId,ejercicio,trimestre,V1,V2\n";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @TestHTTPResource("/capturas/lote")
    URI urlLote;

    private Definicion anual;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void publicar() {
        anual = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(anual);
        }
        esperarReplica(anual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dryRun=maybe", "dryRun=TRUE", "dryRun=1", "dryRun=", "dryRun", "dryRun=true&dryRun=false"})
    void unDryRunQueNoEsUnSoloTrueOFalseEsUnaSolicitudInvalidaYNoGuardaNada(String consulta) {
        for (Response respuesta : List.of(
                Tokens.capturista().contentType(ContentType.JSON).body("[" + filaJson() + "]").post("/capturas/lote?" + consulta),
                Tokens.capturista().contentType("text/csv").body(ENCABEZADO + filaCsv()).post("/capturas/lote?" + consulta))) {
            assertProblema(respuesta, 400).body("errores.campo", contains("dryRun"));
        }
        sinVersiones();
    }

    @Test
    void unLoteDeLasFilasMaximasSeAceptaYUnaFilaMasSeRechazaAlLeerlaSinGuardarNada() {
        String filas = filasJson(Limites.FILAS_LOTE);
        lote(ContentType.JSON.toString(), "[" + filas + "]", true).then().statusCode(200)
                .body("capturas", equalTo(Limites.FILAS_LOTE));

        // what follows the row past the limit is never read: were it parsed, its garbage would be a 400
        for (Response respuesta : List.of(
                lote(ContentType.JSON.toString(), "[" + filas + "," + filaJson() + ", esto no es JSON", false),
                lote("text/csv", ENCABEZADO + filaCsv().repeat(Limites.FILAS_LOTE + 1) + "\"sin cerrar", false))) {
            assertProblema(respuesta, 413)
                    .body("type", equalTo("https://pbrsed.mx/problemas/lote-demasiado-grande"),
                            "detail", containsString(String.valueOf(Limites.FILAS_LOTE)),
                            "errores[0].posicion", equalTo(Limites.FILAS_LOTE + 1));
        }
        sinVersiones();
    }

    @Test
    void unaFilaOUnLoteQuePasanSuMaximoDeBytesSeRechazanAlLeerlos() {
        // past the limit and the few kilobytes a parser reads ahead
        String texto = "a".repeat(Limites.BYTES_CAPTURA + 32 * 1024);
        String filaEnorme = "{\"indicadorId\": \"" + anual.id() + "\", \"ejercicio\": 2023, \"trimestre\": 4, "
                + "\"valores\": {\"V1\": 9, \"V2\": 9}, \"analisisLogro\": \"" + texto + "\"}";
        assertProblema(lote(ContentType.JSON.toString(), "[" + filaJson() + "," + filaEnorme + "]", false), 413)
                .body("errores[0].campo", equalTo("filas[2]"), "errores[0].posicion", equalTo(2));
        assertProblema(lote("text/csv", ENCABEZADO + filaCsv() + anual.id() + ",2023,4,9,\"" + texto + "\"\n", false), 413)
                .body("errores[0].campo", equalTo("filas[2]"));

        // rows of 1 KB each: the lote's bytes run out long before its rows do
        String comentada = filaCsv().replace("\n", ",\"" + "x".repeat(1000) + "\"\n");
        int filas = Limites.BYTES_LOTE / comentada.length() + 10;
        assertThat(filas).isLessThan(Limites.FILAS_LOTE);
        assertProblema(lote("text/csv", "indicadorId,ejercicio,trimestre,V1,V2,analisisLogro\n" + comentada.repeat(filas), false), 413)
                .body("detail", containsString(String.valueOf(Limites.BYTES_LOTE)), "errores[0].campo", equalTo("filas"));
        sinVersiones();
    }

    @Test
    void unCuerpoJsonDeUnaCapturaMayorQueSuMaximoSeRechazaAlLeerlo() {
        String muchas = IntStream.range(10, 10 + Limites.BYTES_CAPTURA / 8).mapToObj(i -> "\"V" + i + "\": 1")
                .collect(Collectors.joining(", "));
        String cuerpo = "{\"indicadorId\": \"" + anual.id() + "\", \"ejercicio\": 2023, \"trimestre\": 4, \"valores\": {"
                + "\"V1\": 9, \"V2\": 9, " + muchas + "}}";
        assertProblema(Tokens.capturista().contentType(ContentType.JSON).body(cuerpo).post("/capturas"), 413)
                .body("type", equalTo("https://pbrsed.mx/problemas/demasiado-grande"));
        sinVersiones();
    }

    @Test
    void unCsvConLaMarcaDeOrdenDeBytesDeExcelSeLee() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = (ENCABEZADO + filaCsv()).getBytes(StandardCharsets.UTF_8);
        byte[] conBom = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, conBom, 0, bom.length);
        System.arraycopy(csv, 0, conBom, bom.length, csv.length);

        Tokens.capturista().contentType("text/csv").body(conBom).post("/capturas/lote").then()
                .statusCode(201).body("capturas", equalTo(1));
        versiones(anual.id(), 2023, 4).then().body("version", contains(1));
    }

    @Test
    void unCsvIlegibleEsUnaSolicitudInvalidaQueNombraFilaYColumnaSinNombresDeClases() {
        byte[] valido = (ENCABEZADO + filaCsv()).getBytes(StandardCharsets.UTF_8);
        byte[] invalido = Arrays.copyOf(valido, valido.length + 1);
        invalido[invalido.length - 1] = (byte) 0xC3; // the start of a two-byte character, cut

        assertProblema(Tokens.capturista().contentType("text/csv").body(invalido).post("/capturas/lote"), 400)
                .body("type", equalTo("https://pbrsed.mx/problemas/csv-invalido"), "detail", containsString("UTF-8"));
        assertProblema(lote("text/csv", "indicadorId,ejercicio,trimestre,V1,V2,V1\n" + anual.id() + ",2023,4,9,9,8\n", false), 400)
                .body("errores[0].campo", equalTo("encabezado"), "errores[0].mensaje", containsString("'V1'"));
        assertProblema(lote("text/csv", "indicadorId,ejercicio,trimestre,V1,V2,analisisLogro\n" + filaCsv().replace("\n", ",ok\n")
                + anual.id() + ",2023,4,9,9,\"a\u0000b\"\n", false), 400)
                .body("errores[0].campo", equalTo("filas[2].analisisLogro"), "errores[0].posicion", equalTo(2),
                        "errores[0].mensaje", containsString("NUL"));
        assertProblema(lote("text/csv", ENCABEZADO + filaCsv() + anual.id() + ",2023,4,\"9,9\n", false), 400)
                .body("errores[0].posicion", equalTo(2), "detail", containsString("fila 2"));
        sinVersiones();
    }

    @Test
    void unLoteJsonConUnEnteroDecimalOEnTextoEsUnaSolicitudInvalidaQueNombraElCampo() {
        assertProblema(lote(ContentType.JSON.toString(), "[" + filaJson() + "," + filaJson().replace("\"trimestre\": 4",
                "\"trimestre\": 4.5") + "]", false), 400).body("errores.campo", contains("[1].trimestre"));
        assertProblema(lote(ContentType.JSON.toString(), "[" + filaJson().replace("2023", "\"2023\"") + "]", false), 400)
                .body("errores.campo", contains("[0].ejercicio"));
        assertProblema(lote(ContentType.JSON.toString(), "[" + filaJson() + "] []", false), 400);
        sinVersiones();
    }

    @Test
    void masDeDosLotesALaVezReciben503ConRetryAfterSinLeerseYLosDemasTerminan() throws Exception {
        var liberar = new CountDownLatch(1);
        var cliente = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // two lotes whose bodies stop arriving after their first rows keep their places while they wait
        List<CompletableFuture<HttpResponse<String>>> lentos = List.of(lento(cliente, liberar), lento(cliente, liberar));
        try {
            Response tercero = await().atMost(Duration.ofSeconds(20)).until(
                    () -> lote("text/csv", ENCABEZADO + filaCsv(), true), r -> r.statusCode() == 503);
            assertProblema(tercero, 503).body("type", equalTo("https://pbrsed.mx/problemas/cargas-simultaneas"));
            assertThat(tercero.header("Retry-After")).isEqualTo("2");
        } finally {
            liberar.countDown();
        }
        for (var lento : lentos) {
            assertThat(lento.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        lote("text/csv", ENCABEZADO + filaCsv(), true).then().statusCode(200);
        sinVersiones();
    }

    /** A dry run whose body sends a header and rows, then waits for {@code liberar} to end. */
    private CompletableFuture<HttpResponse<String>> lento(HttpClient cliente, CountDownLatch liberar) {
        byte[] inicio = (ENCABEZADO + filaCsv().repeat(2000)).getBytes(StandardCharsets.UTF_8);
        InputStream espera = new InputStream() {
            @Override
            public int read() {
                try {
                    liberar.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return -1;
            }
        };
        var solicitud = HttpRequest.newBuilder(URI.create(urlLote + "?dryRun=true"))
                .header("Authorization", "Bearer " + Tokens.token(Tokens.CAPTURISTA, Token.ROL_CAPTURISTA, Tokens.UR))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(new ByteArrayInputStream(inicio), espera)))
                .build();
        return cliente.sendAsync(solicitud, HttpResponse.BodyHandlers.ofString());
    }

    private String filaJson() {
        return "{\"indicadorId\": \"" + anual.id() + "\", \"ejercicio\": 2023, \"trimestre\": 4, "
                + "\"valores\": {\"V1\": 9, \"V2\": 9}}";
    }

    private String filasJson(int cuantas) {
        return String.join(",", Collections.nCopies(cuantas, filaJson()));
    }

    private String filaCsv() {
        return anual.id() + ",2023,4,9,9\n";
    }

    private static Response lote(String tipo, String cuerpo, boolean dryRun) {
        return Tokens.capturista().contentType(tipo).queryParam("dryRun", dryRun).body(cuerpo).post("/capturas/lote");
    }

    private void sinVersiones() {
        versiones(anual.id(), 2023, 4).then().statusCode(200).body("size()", equalTo(0));
    }
}
