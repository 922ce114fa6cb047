package mx.pbrsed.catalog.messaging;

import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.programa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import mx.pbrsed.catalog.Topicos;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Programs reach the programas topic on creation and on every change, with their budget at 2 decimals. */
@QuarkusTest
class ProgramaPublicadoEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "pbr.topics.programas")
    String topic;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void laCreacionYCadaCambioSePublicanConSuVersion() throws Exception {
        String clave = claveNueva("PUB");
        // 45022975 without decimals: the event still carries 2 places
        String id = api().body(programa(clave).put("presupuestoAprobado", 45022975).toString()).post("/programas")
                .then().statusCode(201).body("version", equalTo(1)).extract().path("id");
        String ruta = "/programas/" + EJERCICIO + "/" + clave;

        api().body("""
                {"nombre": "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO Y SUS FAMILIAS", "presupuestoModificado": 48000000.50}""")
                .put(ruta).then().statusCode(200)
                .body("version", equalTo(2))
                .body("nombre", equalTo("PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO Y SUS FAMILIAS"));
        Map<String, Long> antes = Almacen.conteos(dataSource);
        // the same values again: no version, no event
        api().body("""
                {"nombre": "PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO Y SUS FAMILIAS", "presupuestoModificado": 48000000.5}""")
                .put(ruta).then().statusCode(200).body("version", equalTo(2));
        assertThat(Almacen.conteos(dataSource)).isEqualTo(antes);

        List<String> registros = Topicos.registros(bootstrapServers, topic, id, 2).stream()
                .map(r -> r.value()).toList();
        List<JsonNode> eventos = registros.stream().map(ProgramaPublicadoEventTest::leer).toList();
        JsonNode alta = eventos.get(0);
        assertThat(alta.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(UUID.fromString(alta.get("eventId").asText())).isNotNull();
        assertThat(alta.get("occurredAt").asText()).isNotBlank();
        assertThat(alta.get("programaId").asText()).isEqualTo(id);
        assertThat(alta.get("version").asInt()).isEqualTo(1);
        assertThat(alta.get("ejercicio").asInt()).isEqualTo(EJERCICIO);
        assertThat(alta.get("clave").asText()).isEqualTo(clave);
        assertThat(alta.get("ramo")).isEqualTo(JSON.readTree("{\"clave\": \"04\", \"nombre\": \"GOBERNACIÓN\"}"));
        assertThat(alta.get("unidadResponsable")).isEqualTo(JSON.readTree(
                "{\"clave\": \"118\", \"nombre\": \"INSTITUTO POBLANO DE ASISTENCIA AL MIGRANTE\"}"));
        // money as written on the wire, 2 places
        assertThat(registros.get(0)).contains("\"presupuestoAprobado\":45022975.00", "\"presupuestoModificado\":47812885.90");
        JsonNode cambio = eventos.get(1);
        assertThat(cambio.get("version").asInt()).isEqualTo(2);
        assertThat(cambio.get("nombre").asText()).isEqualTo("PROGRAMA DE ASISTENCIA AL MIGRANTE POBLANO Y SUS FAMILIAS");
        assertThat(registros.get(1)).contains("\"presupuestoAprobado\":45022975.00", "\"presupuestoModificado\":48000000.50");
    }

    @Test
    void unCambioConDineroInvalidoOCamposDesconocidosNoSeGuarda() {
        String clave = claveNueva("PCI");
        api().body(programa(clave).toString()).post("/programas").then().statusCode(201);
        String ruta = "/programas/" + EJERCICIO + "/" + clave;
        Map<String, Long> antes = Almacen.conteos(dataSource);

        esProblema(api().body("{\"nombre\": \"X\", \"presupuestoModificado\": -0.01}").put(ruta).then(),
                400, "validacion", ruta).body("errores.campo", equalTo(List.of("presupuestoModificado")));
        esProblema(api().body("{\"nombre\": \"X\", \"presupuestoModificado\": 1.001}").put(ruta).then(),
                400, "validacion", ruta).body("errores.campo", equalTo(List.of("presupuestoModificado")));
        esProblema(api().body("{\"nombre\": \"X\", \"presupuestoModificado\": 1, \"presupuestoAprobado\": 2}")
                .put(ruta).then(), 400, "json-invalido", ruta).body("detail", containsString("'presupuestoAprobado'"));
        esProblema(api().body("{\"presupuestoModificado\": 1}").put(ruta).then(), 400, "validacion", ruta)
                .body("errores.campo", equalTo(List.of("nombre")));

        assertThat(Almacen.conteos(dataSource)).isEqualTo(antes);
        api().get(ruta).then().statusCode(200).body("version", equalTo(1));
        esProblema(api().body("{\"nombre\": \"X\", \"presupuestoModificado\": 1}")
                .put("/programas/" + EJERCICIO + "/NOEXISTE").then(), 404, "no-encontrado",
                "/programas/" + EJERCICIO + "/NOEXISTE");
    }

    private static JsonNode leer(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
