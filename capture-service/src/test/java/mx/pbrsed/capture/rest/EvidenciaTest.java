package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.capture.domain.ArchivoEvidencia;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Evidence files: upload as the raw body, list, download; type, size and content checked. */
@QuarkusTest
class EvidenciaTest {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void cadaArchivoQuedaConLaVersionDeLaCapturaYSeDescargaIntacto() throws Exception {
        var indicador = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        esperarReplica(indicador);
        UUID id = indicador.id();

        subir(id, "application/pdf", "informe.pdf", PDF).then().statusCode(404).contentType("application/problem+json");
        registrar(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 9))).then().statusCode(201);

        Response pdf = subir(id, "application/pdf", "informe anual.pdf", PDF);
        pdf.then().statusCode(201)
                .body("capturaVersion", equalTo(1), "nombre", equalTo("informe anual.pdf"), "tipoContenido", equalTo("application/pdf"),
                        "tamano", equalTo(PDF.length), "sha256", equalTo(sha256(PDF)), "subidoPor", equalTo(Tokens.CAPTURISTA));
        String pdfId = pdf.path("id");
        assertThat(pdf.header("Location")).isEqualTo("/capturas/" + id + "/2023/4/evidencias/" + pdfId);

        subir(id, "text/plain", "notas.txt", "hola".getBytes(StandardCharsets.UTF_8)).then()
                .statusCode(415).contentType("application/problem+json").body("errores.campo", contains("Content-Type"));
        subir(id, "image/png", "foto.png", PDF).then().statusCode(422).body("errores.campo", contains("contenido"));
        Tokens.capturista().contentType("application/pdf").body(PDF).post(ruta(id)).then()
                .statusCode(400).body("errores.campo", contains("Content-Disposition"));
        byte[] grande = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        subir(id, "application/pdf", "grande.pdf", grande).then().statusCode(413).body("errores.campo", contains("contenido"));

        registrar(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 10))).then().statusCode(201).body("version", equalTo(2));
        byte[] csv = "mes,programas\n12,9\n".getBytes(StandardCharsets.UTF_8);
        subir(id, "text/csv; charset=UTF-8", "programas.csv", csv).then().statusCode(201)
                .body("capturaVersion", equalTo(2), "tipoContenido", equalTo("text/csv"));

        Tokens.consulta().get(ruta(id)).then().statusCode(200)
                .body("nombre", contains("informe anual.pdf", "programas.csv"), "capturaVersion", contains(1, 2),
                        "subidoPor", contains(Tokens.CAPTURISTA, Tokens.CAPTURISTA));
        Response descarga = Tokens.consulta().get(ruta(id) + "/" + pdfId);
        descarga.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"informe anual.pdf\"; filename*=UTF-8''informe%20anual.pdf")
                .header("X-Content-Type-Options", "nosniff");
        assertThat(descarga.asByteArray()).isEqualTo(PDF);
        assertThat(descarga.header("ETag")).contains(sha256(PDF));
        Tokens.consulta().get(ruta(id) + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void soloSeGuardaUnArchivoDeNombreSimpleCuyaExtensionTipoYContenidoCoinciden() {
        var indicador = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        esperarReplica(indicador);
        UUID id = indicador.id();
        registrar(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 9))).then().statusCode(201);

        record Intento(String disposicion, String tipo, byte[] contenido, int estado, String campo) {
        }
        byte[] binario = {'M', 'Z', 0, 0, (byte) 0x90, 0};
        for (Intento malo : List.of(
                new Intento("attachment; filename=\"x.pdf.exe\"", "application/pdf", PDF, 400, "Content-Disposition"),
                new Intento("attachment; filename=\"x.exe.pdf\"", "application/pdf", PDF, 400, "Content-Disposition"),
                new Intento("attachment; filename=\"../../etc/informe.pdf\"", "application/pdf", PDF, 400, "Content-Disposition"),
                new Intento("attachment; filename*=UTF-8''a%01b.pdf", "application/pdf", PDF, 400, "Content-Disposition"),
                new Intento("attachment; filename=\"" + "n".repeat(256) + ".pdf\"", "application/pdf", PDF, 400, "Content-Disposition"),
                new Intento("attachment; filename=\"programa.exe\"", "application/pdf", PDF, 415, "Content-Disposition"),
                new Intento("attachment; filename=\"foto.png\"", "application/pdf", PDF, 415, "Content-Disposition"),
                new Intento("attachment; filename=\"datos.csv\"", "text/csv", binario, 422, "contenido"),
                new Intento("attachment; filename=\"informe.pdf\"", "application/pdf", binario, 422, "contenido"))) {
            Response respuesta = Tokens.capturista().contentType(malo.tipo()).header("Content-Disposition", malo.disposicion())
                    .body(malo.contenido()).post(ruta(id));
            Problemas.assertProblema(respuesta, malo.estado()).body("errores.campo", contains(malo.campo()));
        }
        Tokens.consulta().get(ruta(id)).then().statusCode(200).body("size()", equalTo(0));

        Response conAcentos = Tokens.capturista().contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''Informe%20A%C3%B1o.pdf")
                .body(PDF).post(ruta(id));
        conAcentos.then().statusCode(201).body("nombre", equalTo("Informe Año.pdf"));
        Tokens.consulta().get(ruta(id) + "/" + conAcentos.path("id")).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"Informe A_o.pdf\"; filename*=UTF-8''Informe%20A%C3%B1o.pdf")
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void unPeriodoGuardaHastaCienArchivosYSuListaNuncaPasaDeEllos() {
        var indicador = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        esperarReplica(indicador);
        UUID id = indicador.id();
        registrar(cuerpo(id, 2023, 4, Map.of("V1", 9, "V2", 9))).then().statusCode(201);
        for (int i = 1; i <= ArchivoEvidencia.MAXIMO_POR_PERIODO; i++) {
            subir(id, "application/pdf", "acta-" + i + ".pdf", PDF).then().statusCode(201);
        }

        Problemas.assertProblema(subir(id, "application/pdf", "una-mas.pdf", PDF), 409)
                .body("type", equalTo("https://pbrsed.mx/problemas/evidencia-rechazada"), "errores.campo", contains("evidencias"));
        Tokens.consulta().get(ruta(id)).then().statusCode(200).body("size()", equalTo(ArchivoEvidencia.MAXIMO_POR_PERIODO));
        // the files are part of the latest version's sealed content, every one of them
        Tokens.consulta().get("/capturas/" + id + "/verificacion").then().statusCode(200).body("integra", equalTo(true));
    }

    private static String ruta(UUID id) {
        return "/capturas/" + id + "/2023/4/evidencias";
    }

    private static Response subir(UUID id, String tipo, String nombre, byte[] contenido) {
        return Tokens.capturista().contentType(tipo).header("Content-Disposition", "attachment; filename=\"" + nombre + "\"")
                .body(contenido).when().post(ruta(id));
    }

    private static String sha256(byte[] contenido) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
    }
}
