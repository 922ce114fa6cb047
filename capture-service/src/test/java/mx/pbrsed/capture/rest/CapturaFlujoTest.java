package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.cuerpo;
import static mx.pbrsed.capture.rest.Capturas.esperarReplica;
import static mx.pbrsed.capture.rest.Capturas.json;
import static mx.pbrsed.capture.rest.Capturas.registrar;
import static mx.pbrsed.capture.rest.Capturas.revisar;
import static mx.pbrsed.capture.rest.Capturas.versiones;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.UUID;
import mx.pbrsed.capture.rest.Catalogo.Definicion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ENVIADA -> VALIDADA | DEVUELTA on the latest version, each change republished on capturas. */
@QuarkusTest
class CapturaFlujoTest {
    private static final Map<String, Object> NUEVE_NUEVE = Map.of("V1", 9, "V2", 9);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;
    @ConfigProperty(name = "pbr.topics.capturas")
    String topicCapturas;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void unaCapturaDevueltaSeCorrigeConUnaVersionNuevaQueLuegoSeValida() {
        var indicador = Definicion.anual2023();
        try (var catalogo = new Catalogo(bootstrap, topicIndicadores)) {
            catalogo.publicar(indicador);
        }
        esperarReplica(indicador);
        UUID id = indicador.id();

        revisar(id, 2023, 4, "validacion", Map.of()).then()
                .statusCode(404).contentType("application/problem+json");
        registrar(cuerpo(id, 2023, 4, Map.of("V1", 8, "V2", 9))).then().statusCode(201);

        revisar(id, 2023, 4, "devolucion", Map.of()).then()
                .statusCode(422).body("errores.campo", contains("comentario"));
        // the validator is the token's subject, never a field of the body
        revisar(id, 2023, 4, "devolucion", Map.of("validadoPor", "otra.persona", "comentario", "V1 no cuadra")).then()
                .statusCode(400).body("errores.campo", hasItem("validadoPor"));
        revisar(id, 2023, 4, "devolucion", Map.of("comentario", "V1 no cuadra con el padrón"))
                .then().statusCode(200)
                .body("version", equalTo(1), "estado", equalTo("DEVUELTA"), "revision", equalTo(1),
                        "validadoPor", equalTo(Tokens.VALIDADOR), "comentario", equalTo("V1 no cuadra con el padrón"),
                        "validadoEn", notNullValue());
        // a returned version is corrected by a new one, never re-reviewed
        for (String accion : new String[] {"validacion", "devolucion"}) {
            revisar(id, 2023, 4, accion, Map.of("comentario", "otra vez")).then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://pbrsed.mx/problemas/transicion-no-permitida"),
                            "detail", containsString("DEVUELTA"), "errores.campo", contains("estado"));
        }

        registrar(cuerpo(id, 2023, 4, NUEVE_NUEVE)).then().statusCode(201)
                .body("version", equalTo(2), "estado", equalTo("ENVIADA"), "revision", equalTo(0));
        revisar(id, 2023, 4, "validacion", Map.of()).then().statusCode(200)
                .body("version", equalTo(2), "estado", equalTo("VALIDADA"), "revision", equalTo(1));
        revisar(id, 2023, 4, "devolucion", Map.of("comentario", "tarde")).then()
                .statusCode(409).body("detail", containsString("VALIDADA"));

        versiones(id, 2023, 4).then().statusCode(200)
                .body("version", contains(1, 2),
                        "estado", contains("DEVUELTA", "VALIDADA"),
                        "revision", contains(1, 1),
                        "validadoPor", contains(Tokens.VALIDADOR, Tokens.VALIDADOR),
                        "comentario", contains("V1 no cuadra con el padrón", null),
                        "capturadoPor", contains(Tokens.CAPTURISTA, Tokens.CAPTURISTA));

        var eventos = Eventos.conClave(bootstrap, topicCapturas, id.toString(), 4).stream()
                .map(r -> json(r.value())).toList();
        assertThat(eventos).extracting(e -> e.get("version").asInt(), e -> e.get("revision").asInt(),
                        e -> e.get("estado").asText())
                .containsExactly(tuple(1, 0, "ENVIADA"), tuple(1, 1, "DEVUELTA"),
                        tuple(2, 0, "ENVIADA"), tuple(2, 1, "VALIDADA"));
        assertThat(eventos).extracting(e -> e.get("eventId").asText()).doesNotHaveDuplicates();
        JsonNode devuelta = eventos.get(1);
        assertThat(devuelta.get("capturaId").asText()).isEqualTo(eventos.get(0).get("capturaId").asText());
        assertThat(devuelta.get("valoresPorMes").get(0).get("valores").get("V1").asInt()).isEqualTo(8);
    }

    @Test
    void revisarUnIndicadorDesconocidoEsNoEncontrado() {
        revisar(UUID.randomUUID(), 2023, 4, "validacion", Map.of()).then()
                .statusCode(404).contentType("application/problem+json");
    }
}
