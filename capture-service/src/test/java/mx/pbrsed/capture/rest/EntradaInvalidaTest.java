package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static mx.pbrsed.capture.rest.Capturas.versiones;
import static mx.pbrsed.capture.rest.Problemas.assertProblema;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values that are not usable decimals and texts over their limit: 4xx naming the field, nothing stored. */
@QuarkusTest
class EntradaInvalidaTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;

    private Definicion indicador;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void publicar() {
        indicador = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        esperarReplica(indicador);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"9\"", "\"NaN\"", "\"Infinity\"", "\"nueve\"", "NaN", "Infinity", "-Infinity", "nueve", "true", "{}"})
    void unValorQueNoEsUnNumeroJsonEsUnaSolicitudInvalidaQueNombraLaVariable(String valor) {
        crudo("""
                {"indicadorId": "%s", "ejercicio": 2023, "trimestre": 4, "valores": {"V1": 9, "V2": %s},
                 "preliminar": false}""".formatted(indicador.id(), valor))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/json-invalido"),
                        "errores.campo", contains("valores[V2]"), "detail", containsString("valores[V2]"));
        versiones(indicador.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999", "1E+16", "1000000000000000", "-1", "-0.5", "0.1234567", "1e-7"})
    void unValorFueraDeRangoNegativoOConMasDeSeisDecimalesEsUnaSolicitudInvalidaQueNombraLaVariable(String valor) {
        crudo("""
                {"indicadorId": "%s", "ejercicio": 2023, "trimestre": 4, "valores": {"V1": %s, "V2": 9},
                 "preliminar": false}""".formatted(indicador.id(), valor))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/validacion"), "errores.campo", contains("valores[V1]"));
        versiones(indicador.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @Test
    void aceptaElLimiteDeCadaCampo() {
        var cuerpo = cuerpo(indicador.id(), 2023, 4,
                Map.of("V1", new BigDecimal("999999999999999.999999"), "V2", new BigDecimal("0.500000000")));
        cuerpo.put("analisisLogro", "a".repeat(4000));
        cuerpo.put("justificacionVariacion", "j".repeat(4000));

        registrar(cuerpo).then().statusCode(201).body("valoresPorMes[0].valores.V2", equalTo(0.5f));
    }

    @Test
    void unTextoSobreSuLimiteEsUnaSolicitudInvalida() {
        var cuerpo = cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9));
        cuerpo.put("analisisLogro", "a".repeat(4001));
        cuerpo.put("justificacionVariacion", "j".repeat(4001));

        registrar(cuerpo).then().statusCode(400)
                .body("errores.campo", contains("analisisLogro", "justificacionVariacion"));
        versiones(indicador.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @Test
    void unEjercicioComoTextoEsUnaSolicitudInvalida() {
        crudo("""
                {"indicadorId": "%s", "ejercicio": "2023", "trimestre": 4, "valores": {"V1": 9, "V2": 9},
                 "preliminar": false}""".formatted(indicador.id()))
                .then().statusCode(400).body("errores.campo", hasItem("ejercicio"));
    }

    @Test
    void unAutorDeMasDe255CaracteresNoEscribeYSiLee() {
        var largo = Tokens.capturista("s".repeat(256), Tokens.UR);

        assertProblema(registrar(largo, cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9))), 401)
                .body("type", equalTo("https://pbrsed.mx/problemas/no-autenticado"));
        versiones(indicador.id(), 2023, 4).then().body("size()", equalTo(0));
        Tokens.capturista("s".repeat(256), Tokens.UR).get("/calendarios/2023").then().statusCode(200);
    }

    /** A bad request and the status it must get. */
    private record Mala(String que, int estado, Supplier<Response> solicitud) {
    }

    /** A sample of bad requests to each operation, by a caller allowed to make it. */
    @TestFactory
    Stream<DynamicTest> unaSolicitudMalaDeCadaOperacionEsUnProblemaSinDetallesInternos() {
        String periodo = "/capturas/" + indicador.id() + "/2023/4";
        String pdf = "attachment; filename=\"a.pdf\"";
        return Stream.of(
                new Mala("registrarCaptura: JSON cortado", 400, () -> crudo("{\"indicadorId\": ")),
                new Mala("registrarCaptura: una lista en vez de un objeto", 400, () -> crudo("[]")),
                new Mala("registrarCaptura: sin cuerpo", 400,
                        () -> Tokens.capturista().contentType(ContentType.JSON).post("/capturas")),
                new Mala("registrarCaptura: texto plano", 415,
                        () -> Tokens.capturista().contentType(ContentType.TEXT).body("V1=9").post("/capturas")),
                new Mala("registrarCaptura: PUT", 405,
                        () -> Tokens.capturista().contentType(ContentType.JSON).body("{}").put("/capturas")),
                new Mala("registrarLoteCapturas: un objeto en vez de una lista", 400,
                        () -> Tokens.capturista().contentType(ContentType.JSON).body("{}").post("/capturas/lote")),
                new Mala("registrarLoteCapturas: CSV sin encabezado", 422,
                        () -> Tokens.capturista().contentType("text/csv").body(indicador.id() + ",2023,4,9,9\n").post("/capturas/lote")),
                new Mala("listarVersionesCaptura: id que no es UUID", 400, () -> Tokens.consulta().get("/capturas/no-es-uuid/2023/4")),
                new Mala("listarVersionesCaptura: trimestre 9", 400,
                        () -> Tokens.consulta().get("/capturas/" + indicador.id() + "/2023/9")),
                new Mala("validarCaptura: sin captura", 404,
                        () -> Tokens.validador().contentType(ContentType.JSON).body("{}").post(periodo + "/validacion")),
                new Mala("validarCaptura: comentario de 4001", 400, () -> Tokens.validador().contentType(ContentType.JSON)
                        .body(Map.of("comentario", "c".repeat(4001))).post(periodo + "/validacion")),
                new Mala("devolverCaptura: validadoPor en el cuerpo", 400, () -> Tokens.validador().contentType(ContentType.JSON)
                        .body(Map.of("validadoPor", "x", "comentario", "y")).post(periodo + "/devolucion")),
                new Mala("adjuntarEvidencia: sin captura", 404, () -> Tokens.capturista().contentType("application/pdf")
                        .header("Content-Disposition", pdf).body("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).post(periodo + "/evidencias")),
                new Mala("adjuntarEvidencia: trimestre 0", 400, () -> Tokens.capturista().contentType("application/pdf")
                        .header("Content-Disposition", pdf).body("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).post("/capturas/" + indicador.id() + "/2023/0/evidencias")),
                new Mala("listarEvidencias: trimestre 5", 400,
                        () -> Tokens.consulta().get("/capturas/" + indicador.id() + "/2023/5/evidencias")),
                new Mala("descargarEvidencia: id que no es UUID", 400, () -> Tokens.consulta().get(periodo + "/evidencias/x")),
                new Mala("descargarEvidencia: inexistente", 404,
                        () -> Tokens.consulta().get(periodo + "/evidencias/" + UUID.randomUUID())),
                new Mala("consultarCalendario: ejercicio 1999", 400, () -> Tokens.consulta().get("/calendarios/1999")),
                new Mala("definirCalendario: fecha ilegible", 400, () -> Tokens.admin().contentType(ContentType.JSON)
                        .body("{\"ventanas\": [{\"trimestre\": 1, \"abre\": \"primero de abril\", \"cierra\": \"2031-04-15\"}]}")
                        .put("/calendarios/2031")),
                new Mala("definirCalendario: sin ventanas", 400,
                        () -> Tokens.admin().contentType(ContentType.JSON).body("{\"ventanas\": []}").put("/calendarios/2031")),
                new Mala("registrarDevengado: importe como texto", 400, () -> Tokens.capturista().contentType(ContentType.JSON)
                        .body("{\"ejercicio\": 2023, \"programaClave\": \"E011\", \"trimestre\": 4, \"devengadoAcumulado\": \"mucho\"}")
                        .post("/devengados")),
                new Mala("registrarDevengado: SQL en la clave", 400, () -> Tokens.capturista().contentType(ContentType.JSON)
                        .body("{\"ejercicio\": 2023, \"programaClave\": \"E0'; drop\", \"trimestre\": 4, \"devengadoAcumulado\": 1}")
                        .post("/devengados")),
                new Mala("listarVersionesDevengado: trimestre 0", 400, () -> Tokens.consulta().get("/devengados/2023/E011/0")),
                new Mala("una ruta que no existe", 404, () -> Tokens.consulta().get("/capturas-no")))
                .map(mala -> DynamicTest.dynamicTest(mala.que() + " -> " + mala.estado(),
                        () -> assertProblema(mala.solicitud().get(), mala.estado())));
    }

    private static Response crudo(String json) {
        return Tokens.capturista().contentType(ContentType.JSON).body(json).when().post("/capturas");
    }
}
