package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.ADMIN;
import static mx.pbrsed.catalog.CatalogoApi.agregarObjetivo;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.comoAdmin;
import static mx.pbrsed.catalog.CatalogoApi.crearIndicador;
import static mx.pbrsed.catalog.CatalogoApi.crearPrograma;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.objetivo;
import static mx.pbrsed.catalog.CatalogoApi.rangos;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import mx.pbrsed.catalog.Almacen;
import mx.pbrsed.catalog.Topicos;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PUT /indicadores/{id}: versions, the dates they take effect, fixed metas aprobadas and the metas history. */
@QuarkusTest
class IndicadorVersionesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "pbr.topics.indicadores")
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
    void unCambioDeSemaforoCreaLaVersion2YLaPublica() throws Exception {
        Proposito p = nuevoProposito();
        ObjectNode cambio = cambio(p, "2023-07-01", f -> {
            ArrayNode rangos = (ArrayNode) f.get("parametrosSemaforo");
            ((ObjectNode) rangos.get(0)).put("hasta", 85);
            ((ObjectNode) rangos.get(1)).put("desde", 85);
        });

        // another administrator makes the change: each version names the subject of its token
        JsonPath v2 = comoAdmin("otra.admin").body(cambio.toString()).put("/indicadores/{id}", p.id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(v2.getString("registradoPor")).isEqualTo("otra.admin");
        assertThat(v2.getString("vigenteDesde")).isEqualTo("2023-07-01");
        assertThat(v2.getList("parametrosSemaforoPublicados", String.class))
                .containsExactly("ROJO 0.0% - 84.9%", "AMARILLO 85.0% - 94.9%", "VERDE 95.0% - 115.9%", "EXCEDIDO >= 116.0%");

        // the current version, an older one by number, and the one in force on a date
        assertThat(rangos(leer(p.id, "").getList("parametrosSemaforo")))
                .containsExactly("ROJO 0 85", "AMARILLO 85 95", "VERDE 95 116", "EXCEDIDO 116");
        JsonPath v1 = leer(p.id, "?version=1");
        assertThat(v1.getInt("version")).isEqualTo(1);
        assertThat(v1.getString("vigenteDesde")).isEqualTo("2023-01-01");
        assertThat(v1.getString("registradoPor")).isEqualTo(ADMIN);
        assertThat(rangos(v1.getList("parametrosSemaforo")))
                .containsExactly("ROJO 0 90", "AMARILLO 90 95", "VERDE 95 116", "EXCEDIDO 116");
        assertThat(leer(p.id, "?vigenteEn=2023-06-30").getInt("version")).isEqualTo(1);
        assertThat(leer(p.id, "?vigenteEn=2023-07-01").getInt("version")).isEqualTo(2);
        assertThat(leer(p.id, "?vigenteEn=2024-02-01").getInt("version")).isEqualTo(2);
        JsonPath versiones = api().get("/indicadores/{id}/versiones", p.id).then().statusCode(200).extract().jsonPath();
        assertThat(versiones.getList("version", Integer.class)).containsExactly(1, 2);
        assertThat(versiones.getList("vigenteDesde", String.class)).containsExactly("2023-01-01", "2023-07-01");
        assertThat(versiones.getList("registradoPor", String.class)).containsExactly(ADMIN, "otra.admin");

        List<JsonNode> eventos = Topicos.registros(bootstrapServers, topic, p.id.toString(), 2).stream()
                .map(r -> leerJson(r.value())).toList();
        assertThat(eventos.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(eventos.get(0).get("vigenteDesde").asText()).isEqualTo("2023-01-01");
        JsonNode publicado = eventos.get(1);
        assertThat(publicado.get("version").asInt()).isEqualTo(2);
        assertThat(publicado.get("estado").asText()).isEqualTo("VIGENTE");
        assertThat(publicado.get("vigenteDesde").asText()).isEqualTo("2023-07-01");
        assertThat(publicado.get("parametrosSemaforo").get(0)).isEqualTo(JSON.readTree("""
                {"desde": 0, "hasta": 85, "color": "ROJO"}"""));
        assertThat(publicado.get("metodoCalculo").get("expresion").asText()).isEqualTo("(V1 / V2) * 100");
        assertThat(publicado.get("metasModificadas")).isEqualTo(JSON.readTree("""
                [{"mes": 12, "valores": {"V1": 9, "V2": 9}}]"""));
    }

    @Test
    void elMismoFichaOtraVezNoCreaVersionNiEvento() {
        Proposito p = nuevoProposito();
        Map<String, Long> antes = Almacen.conteos(dataSource);
        // the same values written otherwise (9.0, 90.00) and another date are still no change
        ObjectNode igual = cambio(p, "2023-09-01", f -> {
            ((ObjectNode) f.at("/metasCalendarizadas/modificadas/0/valores")).put("V1", new BigDecimal("9.0"));
            ((ObjectNode) f.get("parametrosSemaforo").get(1)).put("desde", new BigDecimal("90.00"));
        });

        api().body(igual.toString()).put("/indicadores/{id}", p.id).then().statusCode(200)
                .body("version", equalTo(1))
                .body("vigenteDesde", equalTo("2023-01-01"));
        assertThat(Almacen.conteos(dataSource)).isEqualTo(antes);
    }

    @Test
    void unCambioDeMetasModificadasExigeJustificacionYQuedaEnElHistorial() {
        Proposito p = nuevoProposito();
        Consumer<ObjectNode> metaDe8 = f -> ((ObjectNode) f.at("/metasCalendarizadas/modificadas/0/valores")).put("V1", 8);

        rechazar(p, cambio(p, "2023-10-01", metaDe8.andThen(f -> f.remove("justificacion"))), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("justificacion")));

        ObjectNode justificado = cambio(p, "2023-10-01", metaDe8).put("justificacion", "RECORTE PRESUPUESTAL DE OCTUBRE.");
        api().body(justificado.toString()).put("/indicadores/{id}", p.id).then().statusCode(200)
                .body("version", equalTo(2));

        JsonPath historial = api().get("/indicadores/{id}/metas/historial", p.id).then().statusCode(200)
                .extract().jsonPath();
        // [0] is the amendment the ficha was registered with (aprobada V2 10, modificada V2 9)
        assertThat(historial.getList("$")).hasSize(2);
        assertThat(historial.getInt("[1].version")).isEqualTo(2);
        assertThat(historial.getString("[1].modificadoPor")).isEqualTo("OORE690714H58");
        assertThat(historial.getString("[1].registradoPor")).isEqualTo(ADMIN);
        assertThat(historial.getString("[1].modificadoEn")).isNotBlank();
        assertThat(historial.getString("[1].justificacion")).isEqualTo("RECORTE PRESUPUESTAL DE OCTUBRE.");
        assertThat(historial.getInt("[1].antes[0].valores.V1")).isEqualTo(9);
        assertThat(historial.getInt("[1].despues[0].valores.V1")).isEqualTo(8);
        assertThat(historial.getInt("[1].despues[0].valores.V2")).isEqualTo(9);
    }

    @Test
    void lasMetasAprobadasSonFijas() {
        Proposito p = nuevoProposito();
        rechazar(p, cambio(p, "2023-10-01",
                        f -> ((ObjectNode) f.at("/metasCalendarizadas/aprobadas/0/valores")).put("V2", 11)),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("metasCalendarizadas.aprobadas")));
    }

    @Test
    void unaVersionNoRigeAntesQueLaVigente() {
        Proposito p = nuevoProposito();
        rechazar(p, cambio(p, "2022-12-31", f -> f.put("nombre", "OTRO NOMBRE")), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("vigenteDesde")))
                .body("errores[0].mensaje", containsString("2023-01-01"));
    }

    @Test
    void unCambioSinFechaOSinAutorSeRechaza() {
        Proposito p = nuevoProposito();
        rechazar(p, cambio(p, "2023-07-01", f -> f.remove("vigenteDesde")), 400, "validacion")
                .body("errores.campo", equalTo(List.of("vigenteDesde")));
        rechazar(p, cambio(p, "2023-07-01", f -> f.remove("modificadoPor")), 400, "validacion")
                .body("errores.campo", equalTo(List.of("modificadoPor")));
    }

    @Test
    void unIndicadorNoSePasaAUnObjetivoDeOtroPrograma() {
        Proposito p = nuevoProposito();
        String otro = claveNueva("AJE");
        crearPrograma(otro);
        UUID ajeno = agregarObjetivo(otro, objetivo("PROPOSITO"));
        rechazar(p, cambio(p, "2023-07-01", f -> f.put("objetivoId", ajeno.toString())), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivoId")));
    }

    @Test
    void laClaveDeUnIndicadorNoCambia() {
        Proposito p = nuevoProposito();
        assertThat(leer(p.id, "").getString("clave")).isEqualTo("PROPOSITO-1");
        rechazar(p, cambio(p, "2023-07-01", f -> f.put("clave", "PROPOSITO-9")), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("clave")))
                .body("errores[0].mensaje", containsString("PROPOSITO-1"));
        // naming the clave it has is no change
        api().body(cambio(p, "2023-07-01", f -> f.put("clave", "PROPOSITO-1")).toString())
                .put("/indicadores/{id}", p.id).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void unAltaConModificadasDistintasDeLasAprobadasLlevaSuJustificacionYQuedaEnElHistorial() {
        Proposito p = nuevoProposito();

        JsonPath historial = api().get("/indicadores/{id}/metas/historial", p.id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(historial.getList("$")).hasSize(1);
        assertThat(historial.getInt("[0].version")).isEqualTo(1);
        assertThat(historial.getString("[0].modificadoPor")).as("the token's subject registers it").isEqualTo(ADMIN);
        assertThat(historial.getString("[0].registradoPor")).isEqualTo(ADMIN);
        assertThat(historial.getString("[0].justificacion")).startsWith("SE AJUSTAN LOS PROGRAMAS PROGRAMADOS DE 10 A 9");
        assertThat(historial.getInt("[0].antes[0].valores.V2")).isEqualTo(10);
        assertThat(historial.getInt("[0].despues[0].valores.V2")).isEqualTo(9);

        Map<String, Long> antes = Almacen.conteos(dataSource);
        ObjectNode sinJustificacion = ficha("PROPOSITO-1", p.objetivo);
        sinJustificacion.remove("justificacion");
        esProblema(api().body(sinJustificacion.toString()).post("/indicadores").then(), 422, "definicion-invalida",
                "/indicadores")
                .body("errores.campo", equalTo(List.of("justificacion")));
        esProblema(api().body(ficha("PROPOSITO-1", p.objetivo).put("modificadoPor", "X").toString())
                .post("/indicadores").then(), 400, "validacion", "/indicadores")
                .body("errores.campo", equalTo(List.of("modificadoPor")));
        assertThat(Almacen.conteos(dataSource)).isEqualTo(antes);
    }

    @Test
    void unAltaConModificadasIgualesALasAprobadasNoTieneHistorial() {
        String clave = claveNueva("VER");
        crearPrograma(clave);
        UUID objetivo = agregarObjetivo(clave, objetivo("FIN"));
        UUID id = crearIndicador(ficha("FIN-1", objetivo));

        api().get("/indicadores/{id}/metas/historial", id).then().statusCode(200).body("$", equalTo(List.of()));
    }

    @Test
    void versionesYFechasInexistentesOMalEscritas() {
        Proposito p = nuevoProposito();
        String instancia = "/indicadores/" + p.id;
        esProblema(api().get(instancia + "?version=7").then(), 404, "no-encontrado", instancia)
                .body("detail", containsString("versión 7"));
        esProblema(api().get(instancia + "?vigenteEn=2022-12-31").then(), 404, "no-encontrado", instancia);
        esProblema(api().get(instancia + "?vigenteEn=31/12/2023").then(), 400, "validacion", instancia)
                .body("errores.campo", equalTo(List.of("vigenteEn")));
        UUID inexistente = UUID.randomUUID();
        esProblema(api().get("/indicadores/{id}/versiones", inexistente).then(), 404, "no-encontrado",
                "/indicadores/" + inexistente + "/versiones");
    }

    private record Proposito(UUID objetivo, UUID id) {
    }

    private static Proposito nuevoProposito() {
        String clave = claveNueva("VER");
        crearPrograma(clave);
        UUID objetivo = agregarObjetivo(clave, objetivo("PROPOSITO"));
        return new Proposito(objetivo, crearIndicador(ficha("PROPOSITO-1", objetivo)));
    }

    /** The seed's PROPOSITO ficha as a PUT body, with one change. */
    private static ObjectNode cambio(Proposito p, String vigenteDesde, Consumer<ObjectNode> cambio) {
        ObjectNode cuerpo = ficha("PROPOSITO-1", p.objetivo)
                .put("vigenteDesde", vigenteDesde).put("modificadoPor", "OORE690714H58");
        cambio.accept(cuerpo);
        return cuerpo;
    }

    private static JsonPath leer(UUID id, String consulta) {
        return api().get("/indicadores/" + id + consulta).then().statusCode(200).extract().jsonPath();
    }

    /** PUTs a change expected to be rejected; the indicator stays at version 1 and nothing is stored. */
    private ValidatableResponse rechazar(Proposito p, ObjectNode cuerpo, int estado, String tipo) {
        Map<String, Long> antes = Almacen.conteos(dataSource);
        ValidatableResponse respuesta = esProblema(api().body(cuerpo.toString()).put("/indicadores/{id}", p.id).then(),
                estado, tipo, "/indicadores/" + p.id);
        assertThat(Almacen.conteos(dataSource)).as("rows after a rejection").isEqualTo(antes);
        assertThat(leer(p.id, "").getInt("version")).isEqualTo(1);
        return respuesta;
    }

    private static JsonNode leerJson(String texto) {
        try {
            return JSON.readTree(texto);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
