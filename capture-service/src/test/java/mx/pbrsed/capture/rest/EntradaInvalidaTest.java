package mx.pbrsed.capture.rest;

import static io.restassured.RestAssured.given;
import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static mx.pbrsed.capture.rest.Capturas.versiones;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.Map;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
                 "preliminar": false, "capturadoPor": "capturista.ipam"}""".formatted(indicador.id(), valor))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/json-invalido"),
                        "errores.campo", contains("valores[V2]"), "detail", containsString("valores[V2]"));
        versiones(indicador.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999", "1E+16", "1000000000000000", "-1", "-0.5", "0.1234567", "1e-7"})
    void unValorFueraDeRangoNegativoOConMasDeSeisDecimalesSeRechazaNombrandoLaVariable(String valor) {
        crudo("""
                {"indicadorId": "%s", "ejercicio": 2023, "trimestre": 4, "valores": {"V1": %s, "V2": 9},
                 "preliminar": false, "capturadoPor": "capturista.ipam"}""".formatted(indicador.id(), valor))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errores.campo", contains("valores[V1]"));
        versiones(indicador.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @Test
    void aceptaElLimiteDeCadaCampo() {
        var cuerpo = cuerpo(indicador.id(), 2023, 4,
                Map.of("V1", new BigDecimal("999999999999999.999999"), "V2", new BigDecimal("0.500000000")));
        cuerpo.put("analisisLogro", "a".repeat(4000));
        cuerpo.put("justificacionVariacion", "j".repeat(4000));
        cuerpo.put("capturadoPor", "c".repeat(100));

        registrar(cuerpo).then().statusCode(201)
                .body("valoresPorMes[0].valores.V2", equalTo(0.5f), "capturadoPor", equalTo("c".repeat(100)));
    }

    @Test
    void unTextoSobreSuLimiteEsUnaSolicitudInvalida() {
        var cuerpo = cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9));
        cuerpo.put("analisisLogro", "a".repeat(4001));
        cuerpo.put("justificacionVariacion", "j".repeat(4001));
        cuerpo.put("capturadoPor", "c".repeat(101));

        registrar(cuerpo).then().statusCode(400)
                .body("errores.campo", contains("analisisLogro", "capturadoPor", "justificacionVariacion"));
        versiones(indicador.id(), 2023, 4).then().body("size()", equalTo(0));
    }

    @Test
    void unEjercicioComoTextoEsUnaSolicitudInvalida() {
        crudo("""
                {"indicadorId": "%s", "ejercicio": "2023", "trimestre": 4, "valores": {"V1": 9, "V2": 9},
                 "preliminar": false, "capturadoPor": "capturista.ipam"}""".formatted(indicador.id()))
                .then().statusCode(400).body("errores.campo", hasItem("ejercicio"));
    }

    private static Response crudo(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/capturas");
    }
}
