package mx.pbrsed.capture.rest;

import static mx.pbrsed.capture.rest.Capturas.ESPERA;
import static mx.pbrsed.capture.rest.Capturas.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /devengados against the replica of the catalog's programas topic, published on devengados. */
@QuarkusTest
class DevengadoTest {
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "pbr.topics.programas")
    String topicProgramas;
    @ConfigProperty(name = "pbr.topics.devengados")
    String topicDevengados;

    @BeforeAll
    static void registrarFallos() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void elDevengadoDeUnProgramaPublicadoSeGuardaPorVersionYSePublica() {
        registrar(cuerpo("47812885.90")).then().statusCode(422).body("errores.campo", contains("programaClave"));

        UUID programaId = UUID.randomUUID();
        try (var catalogo = new Catalogo(bootstrap, topicProgramas)) {
            catalogo.publicarTexto(programaId, programa(programaId));
        }
        Response primera = await().atMost(ESPERA).until(() -> registrar(cuerpo("47812885.90")), r -> r.statusCode() != 422);
        primera.then().statusCode(201)
                .header("Location", equalTo("/devengados/2023/E011/4"))
                .body("version", equalTo(1), "devengadoAcumulado", equalTo(47812885.90f), "capturadoPor", equalTo("enlace.ipam"));
        registrar(cuerpo("47812885.9")).then().statusCode(201).body("version", equalTo(2));

        registrar(cuerpo("1.005")).then().statusCode(400).body("errores.campo", contains("devengadoAcumulado"));
        registrar(cuerpo("-1")).then().statusCode(400).body("errores.campo", contains("devengadoAcumulado"));
        var comoTexto = cuerpo("1");
        comoTexto.put("devengadoAcumulado", "1");
        registrar(comoTexto).then().statusCode(400).body("errores.campo", contains("devengadoAcumulado"));
        var otroPrograma = cuerpo("1");
        otroPrograma.put("programaClave", "E999");
        registrar(otroPrograma).then().statusCode(422).body("errores.campo", contains("programaClave"));

        Tokens.consulta().get("/devengados/2023/E011/4").then().statusCode(200)
                .body("version", contains(1, 2), "capturadoPor", contains("enlace.ipam", "enlace.ipam"));
        List<JsonNode> eventos = Eventos.conClave(bootstrap, topicDevengados, "2023-E011", 2).stream()
                .map(r -> json(r.value())).toList();
        assertThat(eventos).hasSize(2);
        JsonNode evento = eventos.get(1);
        assertThat(evento.fieldNames()).toIterable().containsExactlyInAnyOrder("schemaVersion", "eventId", "occurredAt",
                "ejercicio", "programaClave", "trimestre", "devengadoAcumulado", "version", "capturadoPor", "capturadoEn");
        assertThat(evento.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(evento.get("ejercicio").asInt()).isEqualTo(2023);
        assertThat(evento.get("programaClave").asText()).isEqualTo("E011");
        assertThat(evento.get("trimestre").asInt()).isEqualTo(4);
        assertThat(evento.get("version").asInt()).isEqualTo(2);
        assertThat(evento.get("devengadoAcumulado").decimalValue()).isEqualTo(new BigDecimal("47812885.90"));
        assertThat(OffsetDateTime.parse(evento.get("capturadoEn").asText())).isBefore(OffsetDateTime.now());
    }

    @Test
    void soloUnCapturistaDeLaUnidadResponsableDelProgramaRegistraSuDevengado() {
        UUID programaId = UUID.randomUUID();
        try (var catalogo = new Catalogo(bootstrap, topicProgramas)) {
            catalogo.publicarTexto(programaId, Catalogo.programa(programaId, "E012", "119"));
        }
        var cuerpo = cuerpo("E012", "1000.00");
        // the replica has the program once a capturista of another unidad gets its 403, which stores
        // nothing (a negative amount told nothing: the edge refuses it before the replica is asked, and
        // the program's first record on a partition of its own may take longer to arrive)
        var deLa119 = Tokens.capturista("capturista.sep", "119");
        await().atMost(ESPERA).until(() -> registrar(cuerpo), r -> !r.asString().contains("no existe"));

        registrar(cuerpo).then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/prohibido"),
                        "detail", containsString("unidad responsable 119"), "errores.campo", contains("programaClave"));
        registrar(Tokens.capturista("capturista.sin.ur", null), cuerpo).then().statusCode(403);
        Tokens.consulta().get("/devengados/2023/E012/4").then().statusCode(200).body("size()", equalTo(0));
        registrar(deLa119, cuerpo).then().statusCode(201).body("capturadoPor", equalTo("capturista.sep"));
    }

    @Test
    void unProgramaCuyaUnidadResponsableNoSeConoceNoAdmiteDevengados() {
        UUID programaId = UUID.randomUUID();
        try (var catalogo = new Catalogo(bootstrap, topicProgramas)) {
            catalogo.publicarTexto(programaId, Catalogo.programa(programaId, "E013", null));
        }
        var cuerpo = cuerpo("E013", "1000.00");

        Response respuesta = await().atMost(ESPERA).until(() -> registrar(cuerpo), r -> r.statusCode() != 422);

        respuesta.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://pbrsed.mx/problemas/prohibido"), "detail", containsString("aún no conoce"));
        Tokens.consulta().get("/devengados/2023/E013/4").then().statusCode(200).body("size()", equalTo(0));
    }

    private static Map<String, Object> cuerpo(String devengado) {
        return cuerpo("E011", devengado);
    }

    private static Map<String, Object> cuerpo(String programaClave, String devengado) {
        var cuerpo = new LinkedHashMap<String, Object>();
        cuerpo.put("ejercicio", 2023);
        cuerpo.put("programaClave", programaClave);
        cuerpo.put("trimestre", 4);
        cuerpo.put("devengadoAcumulado", new BigDecimal(devengado));
        return cuerpo;
    }

    /** As the IPAM's (UR 118) capturista enlace.ipam. */
    private static Response registrar(Map<String, Object> cuerpo) {
        return registrar(Tokens.capturista("enlace.ipam", Tokens.UR), cuerpo);
    }

    private static Response registrar(RequestSpecification como, Map<String, Object> cuerpo) {
        return como.contentType(ContentType.JSON).body(cuerpo).when().post("/devengados");
    }

    /** The catalog's ProgramaPublicadoEvent for the seed's program. */
    private static String programa(UUID id) {
        return Catalogo.programa(id, "E011", Tokens.UR);
    }
}
