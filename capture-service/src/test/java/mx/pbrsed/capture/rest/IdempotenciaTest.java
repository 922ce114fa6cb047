package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.versiones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /capturas with an Idempotency-Key: a retry gets the first answer and stores nothing. */
@QuarkusTest
class IdempotenciaTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.capturas")
    String topicCapturas;

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

    @Test
    void unReintentoConLaMismaClaveYElMismoCuerpoDevuelveLaPrimeraRespuesta() {
        String clave = UUID.randomUUID().toString();
        var valores = new LinkedHashMap<String, Object>();
        valores.put("V1", 9);
        valores.put("V2", 9);
        var enOtroOrden = new LinkedHashMap<String, Object>();
        enOtroOrden.put("V2", 9);
        enOtroOrden.put("V1", 9);

        Response primera = registrar(clave, cuerpo(indicador.id(), 2023, 4, valores));
        Response reintento = registrar(clave, cuerpo(indicador.id(), 2023, 4, valores));
        Response mismoContenido = registrar(clave, cuerpo(indicador.id(), 2023, 4, enOtroOrden));

        primera.then().statusCode(201).body("version", equalTo(1));
        for (Response repetida : List.of(reintento, mismoContenido)) {
            repetida.then().statusCode(201).contentType(ContentType.JSON);
            assertThat(repetida.asString()).isEqualTo(primera.asString());
            assertThat(repetida.header("Location")).isEqualTo(primera.header("Location"));
        }
        versiones(indicador.id(), 2023, 4).then().body("version", contains(1));

        registrar(clave, cuerpo(indicador.id(), 2023, 4, Map.of("V1", 8, "V2", 9))).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/idempotencia-conflicto"),
                        "errores.campo", contains("Idempotency-Key"));
        versiones(indicador.id(), 2023, 4).then().body("version", contains(1));

        registrar(UUID.randomUUID().toString(), cuerpo(indicador.id(), 2023, 4, valores)).then()
                .statusCode(201).body("version", equalTo(2));
        assertThat(Eventos.conClave(bootstrap, topicCapturas, indicador.id().toString(), 2)).hasSize(2);
    }

    @Test
    void unaSolicitudRechazadaNoGastaLaClave() {
        String clave = UUID.randomUUID().toString();

        registrar(clave, cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9))).then().statusCode(422);
        registrar(clave, cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9))).then().statusCode(201);
        for (String mala : List.of("k".repeat(201), "clave con espacios", "clave-ñ")) {
            registrar(mala, cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9))).then()
                    .statusCode(400).body("errores.campo", contains("Idempotency-Key"));
        }
        versiones(indicador.id(), 2023, 4).then().body("version", contains(1));
    }

    @Test
    void reintentosSimultaneosGuardanUnaSolaVersion() throws Exception {
        String clave = UUID.randomUUID().toString();
        var cuerpo = cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9));
        var pool = Executors.newFixedThreadPool(4);
        try {
            var listos = new CountDownLatch(1);
            List<Future<Response>> respuestas = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                respuestas.add(pool.submit(() -> {
                    listos.await();
                    return registrar(clave, cuerpo);
                }));
            }
            listos.countDown();
            List<String> cuerpos = new ArrayList<>();
            for (Future<Response> respuesta : respuestas) {
                cuerpos.add(respuesta.get(30, TimeUnit.SECONDS).then().statusCode(201).extract().asString());
            }
            assertThat(cuerpos).containsOnly(cuerpos.get(0));
        } finally {
            pool.shutdownNow();
        }
        versiones(indicador.id(), 2023, 4).then().body("version", contains(1));
    }

    @Test
    void laMismaClaveYElMismoCuerpoDeOtroSujetoEsOtraSolicitud() {
        String clave = UUID.randomUUID().toString();
        var cuerpo = cuerpo(indicador.id(), 2023, 4, Map.of("V1", 9, "V2", 9));

        registrar(clave, cuerpo).then().statusCode(201).body("capturadoPor", equalTo(Tokens.CAPTURISTA));
        registrar(Tokens.capturista("enlace.ipam", Tokens.UR), clave, cuerpo).then()
                .statusCode(422).body("errores.campo", contains("Idempotency-Key"));
        versiones(indicador.id(), 2023, 4).then().body("capturadoPor", contains(Tokens.CAPTURISTA));
    }

    private static Response registrar(String clave, Map<String, Object> cuerpo) {
        return registrar(Tokens.capturista(), clave, cuerpo);
    }

    private static Response registrar(RequestSpecification como, String clave, Map<String, Object> cuerpo) {
        return como.contentType(ContentType.JSON).header("Idempotency-Key", clave).body(cuerpo).when().post("/capturas");
    }
}
