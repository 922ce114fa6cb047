package mx.pbrsed.catalog.rest;

import static mx.pbrsed.catalog.CatalogoApi.ADMIN;
import static mx.pbrsed.catalog.CatalogoApi.EJERCICIO;
import static mx.pbrsed.catalog.CatalogoApi.api;
import static mx.pbrsed.catalog.CatalogoApi.claveNueva;
import static mx.pbrsed.catalog.CatalogoApi.comoAdmin;
import static mx.pbrsed.catalog.CatalogoApi.crearIndicador;
import static mx.pbrsed.catalog.CatalogoApi.documento;
import static mx.pbrsed.catalog.CatalogoApi.esProblema;
import static mx.pbrsed.catalog.CatalogoApi.ficha;
import static mx.pbrsed.catalog.CatalogoApi.objetivoDelDocumento;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
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

/**
 * The whole-program document: the seed's program imports and exports unchanged, importing twice
 * changes nothing, changes go through the indicators' versions, and a rejected import stores nothing.
 */
@QuarkusTest
class DocumentoProgramaTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** 45022975.00 and 45022975.0 are one amount; anything else must match exactly. */
    private static final Comparator<JsonNode> NUMEROS_POR_VALOR = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    @ConfigProperty(name = "pbr.topics.indicadores")
    String topicIndicadores;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void elDocumentoDelSemilleroSeImportaYSeExportaSinCambios() {
        ObjectNode semillero = documento();
        Map<String, Long> antes = Almacen.conteos(dataSource);

        JsonPath resultado = importar("E011", semillero).statusCode(201).extract().jsonPath();

        assertThat(resultado.getString("programa.clave")).isEqualTo("E011");
        assertThat(resultado.getString("programa.cambio")).isEqualTo("CREADO");
        assertThat(resultado.getList("objetivos.clave", String.class)).containsExactly("FIN", "PROPOSITO");
        assertThat(resultado.getList("objetivos.cambio", String.class)).containsExactly("CREADO", "CREADO");
        assertThat(resultado.getList("indicadores.clave", String.class)).containsExactly("FIN-1", "PROPOSITO-1");
        assertThat(resultado.getList("indicadores.version", Integer.class)).containsExactly(1, 1);
        assertThat(resultado.getList("indicadores.cambio", String.class)).containsExactly("CREADO", "CREADO");
        // one programa, two objectives, two indicators with their first version, three events, and the
        // justified amendment PROPOSITO-1 arrives with in its metas history
        assertThat(Almacen.conteos(dataSource)).isEqualTo(mas(antes, Map.of("programa", 1L, "objetivo", 2L,
                "indicador", 2L, "indicador_version", 2L, "meta_modificacion", 1L, "outbox", 3L)));

        assertMismoDocumento(exportar("E011"), semillero);

        // each indicator reads through the API as POST /indicadores would have registered it
        String fin = resultado.getString("indicadores[0].id");
        JsonPath indicador = api().get("/indicadores/{id}", fin).then().statusCode(200).extract().jsonPath();
        assertThat(indicador.getString("clave")).isEqualTo("FIN-1");
        assertThat(indicador.getString("nivel")).isEqualTo("FIN");
        assertThat(indicador.getString("objetivoId")).isEqualTo(resultado.getString("objetivos[0].id"));
        assertThat(indicador.getString("vigenteDesde")).isEqualTo("2023-01-01");
        assertThat(indicador.getString("nombre"))
                .isEqualTo("NÚMERO DE BENEFICIARIOS POBLANOS QUE OBTUVIERON SU MATRÍCULA CONSULAR.");
    }

    @Test
    void importarDosVecesElMismoDocumentoNoCambiaNada() {
        String clave = claveNueva("DUP");
        importar(clave, documento(clave)).statusCode(201);
        Map<String, Long> antes = Almacen.conteos(dataSource);

        JsonPath otraVez = importar(clave, documento(clave)).statusCode(200).extract().jsonPath();

        assertThat(otraVez.getString("programa.cambio")).isEqualTo("SIN_CAMBIO");
        assertThat(otraVez.getInt("programa.version")).isEqualTo(1);
        assertThat(otraVez.getList("objetivos.cambio", String.class)).containsExactly("SIN_CAMBIO", "SIN_CAMBIO");
        assertThat(otraVez.getList("indicadores.cambio", String.class)).containsExactly("SIN_CAMBIO", "SIN_CAMBIO");
        assertThat(otraVez.getList("indicadores.version", Integer.class)).containsExactly(1, 1);
        assertThat(Almacen.conteos(dataSource)).as("no version, no event").isEqualTo(antes);
    }

    @Test
    void unDocumentoCambiadoVersionaLosIndicadoresYAgregaLoNuevo() throws Exception {
        String clave = claveNueva("CAM");
        JsonPath alta = importar(clave, documento(clave)).statusCode(201).extract().jsonPath();
        String fin = alta.getString("indicadores[0].id");
        String proposito = alta.getString("indicadores[1].id");
        ObjectNode cambiado = documento(clave);
        cambiado.put("vigenteDesde", "2023-07-01").put("modificadoPor", "OORE690714H58");
        ObjectNode fichaFin = indicador(cambiado, "FIN", 0);
        ((ObjectNode) fichaFin.get("parametrosSemaforo").get(0)).put("hasta", 85);
        ((ObjectNode) fichaFin.get("parametrosSemaforo").get(1)).put("desde", 85);
        ObjectNode fichaProposito = indicador(cambiado, "PROPOSITO", 0);
        valoresModificados(fichaProposito).put("V2", 10);
        fichaProposito.put("justificacion", "SE REPROGRAMA UN PROGRAMA CANCELADO");
        objetivoDelDocumento(cambiado, "PROPOSITO").put("responsable", "DIRECCIÓN DE APOYO Y PROTECCIÓN DE MIGRANTES.");
        ArrayNode objetivos = (ArrayNode) cambiado.get("objetivos");
        ObjectNode componente = objetivos.addObject().put("clave", "C1").put("nivel", "COMPONENTE")
                .put("resumenNarrativo", "APOYOS ENTREGADOS A MIGRANTES.");
        ObjectNode nuevo = ficha("PROPOSITO-1", UUID.randomUUID());
        nuevo.remove("objetivoId");
        componente.putArray("indicadores").add(nuevo.put("clave", "C1-1").put("nombre", "PORCENTAJE DE APOYOS ENTREGADOS."));
        objetivos.addObject().put("clave", "C1.A1").put("nivel", "ACTIVIDAD").put("padre", "C1")
                .put("resumenNarrativo", "GESTIÓN DE TRÁMITES.").putArray("indicadores");
        Map<String, Long> antes = Almacen.conteos(dataSource);

        JsonPath resultado = comoAdmin("otra.admin").body(cambiado.toString())
                .put("/programas/{ejercicio}/{clave}/documento", EJERCICIO, clave).then().statusCode(200).extract().jsonPath();

        assertThat(resultado.getString("programa.cambio")).isEqualTo("SIN_CAMBIO");
        assertThat(resultado.getList("objetivos.clave", String.class)).containsExactly("FIN", "PROPOSITO", "C1", "C1.A1");
        assertThat(resultado.getList("objetivos.cambio", String.class))
                .containsExactly("SIN_CAMBIO", "MODIFICADO", "CREADO", "CREADO");
        assertThat(resultado.getList("indicadores.clave", String.class)).containsExactly("FIN-1", "PROPOSITO-1", "C1-1");
        assertThat(resultado.getList("indicadores.cambio", String.class)).containsExactly("MODIFICADO", "MODIFICADO", "CREADO");
        assertThat(resultado.getList("indicadores.version", Integer.class)).containsExactly(2, 2, 1);
        assertThat(resultado.getList("indicadores.id", String.class).subList(0, 2)).containsExactly(fin, proposito);
        assertThat(Almacen.conteos(dataSource)).isEqualTo(mas(antes, Map.of("objetivo", 2L, "indicador", 1L,
                "indicador_version", 3L, "meta_modificacion", 2L, "outbox", 3L)));

        // the same path as PUT /indicadores/{id}: dated versions, the metas history, the events
        api().get("/indicadores/{id}/versiones", fin).then().statusCode(200)
                .body("version", equalTo(List.of(1, 2)))
                .body("vigenteDesde", equalTo(List.of("2023-01-01", "2023-07-01")))
                .body("registradoPor", equalTo(List.of(ADMIN, "otra.admin")));
        // the first entry is the amendment PROPOSITO-1 was registered with
        api().get("/indicadores/{id}/metas/historial", proposito).then().statusCode(200)
                .body("modificadoPor", equalTo(List.of(ADMIN, "OORE690714H58")))
                .body("justificacion[1]", equalTo("SE REPROGRAMA UN PROGRAMA CANCELADO"));
        JsonNode version2 = JSON.readTree(Topicos.registros(bootstrapServers, topicIndicadores, fin, 2).get(1).value());
        assertThat(version2.get("version").asInt()).isEqualTo(2);
        assertThat(version2.get("parametrosSemaforo").get(0).get("hasta").decimalValue()).isEqualByComparingTo("85");
        String actividad = resultado.getString("objetivos[3].id");
        api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave).then().statusCode(200)
                .body("objetivos.find { it.id == '" + actividad + "' }.padreId", equalTo(resultado.getString("objetivos[2].id")))
                // the programa did not change; the objective whose texts changed names who changed them
                .body("registradoPor", equalTo(ADMIN))
                .body("objetivos.find { it.clave == 'FIN' }.registradoPor", equalTo(ADMIN))
                .body("objetivos.find { it.clave == 'PROPOSITO' }.registradoPor", equalTo("otra.admin"));

        // the export is the document, without what only the import reads
        cambiado.remove(List.of("vigenteDesde", "modificadoPor"));
        fichaProposito.remove("justificacion");
        assertMismoDocumento(exportar(clave), cambiado);
        Map<String, Long> despues = Almacen.conteos(dataSource);
        importar(clave, exportar(clave)).statusCode(200);
        assertThat(Almacen.conteos(dataSource)).as("the export imports as no change").isEqualTo(despues);
    }

    @Test
    void unIndicadorQueElDocumentoNoNombraQuedaIntacto() {
        String clave = claveNueva("AUS");
        JsonPath alta = importar(clave, documento(clave)).statusCode(201).extract().jsonPath();
        UUID objetivoFin = UUID.fromString(alta.getString("objetivos[0].id"));
        UUID otro = crearIndicador(ficha("FIN-1", objetivoFin).put("nombre", "OTRO INDICADOR DEL FIN"));
        Map<String, Long> antes = Almacen.conteos(dataSource);

        importar(clave, documento(clave)).statusCode(200)
                .body("indicadores.clave", equalTo(List.of("FIN-1", "PROPOSITO-1")));

        assertThat(Almacen.conteos(dataSource)).isEqualTo(antes);
        api().get("/indicadores/{id}", otro).then().statusCode(200)
                .body("clave", equalTo("FIN-2"))
                .body("version", equalTo(1))
                .body("estado", equalTo("VIGENTE"));
        api().get("/programas/{ejercicio}/{clave}/documento", EJERCICIO, clave).then().statusCode(200)
                .body("objetivos[0].indicadores.clave", equalTo(List.of("FIN-1", "FIN-2")));
    }

    @Test
    void unDocumentoRechazadoNoGuardaNada() {
        String clave = claveNueva("REC");
        rechazar(clave, d -> ((ArrayNode) d.get("objetivos")).addObject().put("clave", "FIN2").put("nivel", "FIN")
                .put("resumenNarrativo", "OTRO FIN.").putArray("indicadores"), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[2].nivel")))
                .body("errores[0].mensaje", containsString("FIN"));
        rechazar(clave, d -> ((ArrayNode) d.get("objetivos")).addObject().put("clave", "A1").put("nivel", "ACTIVIDAD")
                .put("padre", "PROPOSITO").put("resumenNarrativo", "UNA ACTIVIDAD.").putArray("indicadores"),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[2].padre")))
                .body("errores[0].mensaje", containsString("COMPONENTE"));
        rechazar(clave, d -> ((ArrayNode) d.get("objetivos")).addObject().put("clave", "C1").put("nivel", "COMPONENTE")
                .put("padre", "FIN").put("resumenNarrativo", "UN COMPONENTE.").putArray("indicadores"),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[2].padre")));
        rechazar(clave, d -> indicador(d, "PROPOSITO", 0).put("clave", "FIN-1"), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[1].indicadores[0].clave")))
                .body("errores[0].mensaje", containsString("FIN-1"));
        rechazar(clave, d -> ((ObjectNode) d.get("programa")).put("clave", "OTRO"), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("programa.clave")));

        // the ficha validations of POST /indicadores, named where the document has them; the
        // programa, its objectives and FIN-1 were already applied when PROPOSITO-1 failed
        rechazar(clave, d -> metodo(indicador(d, "PROPOSITO", 0)).put("expresion", "(V1 / ) * 100"), 422, "formula-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[1].indicadores[0].metodoCalculo.expresion")))
                .body("errores[0].posicion", equalTo(7));
        rechazar(clave, d -> metodo(indicador(d, "PROPOSITO", 0)).put("expresion", "V1+V2"), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[1].indicadores[0].metodoCalculo.expresion")));
        rechazar(clave, d -> ((ObjectNode) indicador(d, "PROPOSITO", 0).get("parametrosSemaforo").get(1)).put("desde", 91),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[1].indicadores[0].parametrosSemaforo")))
                .body("errores[0].mensaje", containsString("Hueco entre 90 y 91"));
        rechazar(clave, d -> ((ArrayNode) indicador(d, "PROPOSITO", 0).get("metasCalendarizadas").get("modificadas"))
                .addObject().put("mes", 6).putObject("valores").put("V1", 4).put("V2", 9), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[1].indicadores[0].metasCalendarizadas.modificadas")));
        rechazar(clave, d -> ((ObjectNode) d.get("programa").get("unidadResponsable")).put("clave", "999"),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("programa.unidadResponsable.clave")));

        // what bean validation and the JSON reader reject, with the path in the document
        rechazar(clave, d -> indicador(d, "FIN", 0).remove("nombre"), 400, "validacion")
                .body("errores.campo", equalTo(List.of("objetivos[0].indicadores[0].nombre")));
        rechazar(clave, d -> indicador(d, "FIN", 0).remove("clave"), 400, "validacion")
                .body("errores.campo", equalTo(List.of("objetivos[0].indicadores[0].clave")));
        rechazar(clave, d -> indicador(d, "FIN", 0).put("objetivoId", UUID.randomUUID().toString()), 400, "validacion")
                .body("errores.campo", equalTo(List.of("objetivos[0].indicadores[0].objetivoId")));
        rechazar(clave, d -> indicador(d, "FIN", 0).put("frecuencia", "QUINCENAL"), 400, "json-invalido")
                .body("detail", containsString("'objetivos[0].indicadores[0].frecuencia'"));
        rechazar(clave, d -> d.put("version", 3), 400, "json-invalido")
                .body("detail", containsString("'version'"));

        api().get("/programas/{ejercicio}/{clave}", EJERCICIO, clave).then().statusCode(404);
    }

    @Test
    void unCambioRechazadoDeUnProgramaExistenteNoGuardaNada() {
        String clave = claveNueva("REX");
        importar(clave, documento(clave)).statusCode(201);

        // FIN-1 changes fine, then PROPOSITO-1 breaks a rule: FIN-1 keeps version 1
        Consumer<ObjectNode> cambiaFin = d -> ((ObjectNode) indicador(d, "FIN", 0).get("parametrosSemaforo").get(0))
                .put("hasta", 71);
        Consumer<ObjectNode> cambiaFinTambien = d -> ((ObjectNode) indicador(d, "FIN", 0).get("parametrosSemaforo").get(1))
                .put("desde", 71);
        Consumer<ObjectNode> finCambiado = cambiaFin.andThen(cambiaFinTambien).andThen(d -> d.put("modificadoPor", "OORE690714H58"));
        rechazar(clave, finCambiado.andThen(d -> valoresAprobados(indicador(d, "PROPOSITO", 0)).put("V2", 11)),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[1].indicadores[0].metasCalendarizadas.aprobadas")));
        rechazar(clave, finCambiado.andThen(d -> valoresModificados(indicador(d, "PROPOSITO", 0)).put("V2", 10))
                        .andThen(d -> indicador(d, "PROPOSITO", 0).remove("justificacion")),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[1].indicadores[0].justificacion")));
        rechazar(clave, cambiaFin.andThen(cambiaFinTambien), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("modificadoPor")));
        rechazar(clave, finCambiado.andThen(d -> d.put("vigenteDesde", "2022-12-31")), 422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("vigenteDesde")));
        rechazar(clave, finCambiado.andThen(d -> ((ObjectNode) d.get("programa")).put("presupuestoAprobado", 1)),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("programa.presupuestoAprobado")));
        rechazar(clave, finCambiado.andThen(d -> objetivoDelDocumento(d, "PROPOSITO").put("nivel", "COMPONENTE")),
                422, "definicion-invalida")
                .body("errores.campo", equalTo(List.of("objetivos[1].nivel")));

        assertThat(exportar(clave).at("/objetivos/0/indicadores/0/parametrosSemaforo/0/hasta").decimalValue())
                .isEqualByComparingTo("70");
    }

    @Test
    void elDocumentoDeUnProgramaInexistenteEsUn404() {
        esProblema(api().get("/programas/{ejercicio}/{clave}/documento", EJERCICIO, "NOEXISTE").then(),
                404, "no-encontrado", "/programas/" + EJERCICIO + "/NOEXISTE/documento");
    }

    private static ValidatableResponse importar(String clave, JsonNode documento) {
        return api().body(documento.toString()).put("/programas/{ejercicio}/{clave}/documento", EJERCICIO, clave).then();
    }

    private static JsonNode exportar(String clave) {
        try {
            return JSON.readTree(api().get("/programas/{ejercicio}/{clave}/documento", EJERCICIO, clave)
                    .then().statusCode(200).extract().asString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Imports the program's document with one change, expecting a rejection that stores nothing. */
    private ValidatableResponse rechazar(String clave, Consumer<ObjectNode> cambio, int estado, String tipo) {
        ObjectNode documento = documento(clave);
        cambio.accept(documento);
        Map<String, Long> antes = Almacen.conteos(dataSource);
        ValidatableResponse respuesta = esProblema(importar(clave, documento), estado, tipo,
                "/programas/" + EJERCICIO + "/" + clave + "/documento");
        assertThat(Almacen.conteos(dataSource)).as("rows after a rejection").isEqualTo(antes);
        return respuesta;
    }

    /** Equal as JSON trees, amounts by value; on a difference, fails showing both. */
    private static void assertMismoDocumento(JsonNode obtenido, JsonNode esperado) {
        if (!obtenido.equals(NUMEROS_POR_VALOR, esperado)) {
            assertThat(obtenido.toPrettyString()).isEqualTo(esperado.toPrettyString());
        }
    }

    private static ObjectNode indicador(ObjectNode documento, String objetivo, int posicion) {
        return (ObjectNode) objetivoDelDocumento(documento, objetivo).get("indicadores").get(posicion);
    }

    private static ObjectNode metodo(ObjectNode ficha) {
        return (ObjectNode) ficha.get("metodoCalculo");
    }

    private static ObjectNode valoresAprobados(ObjectNode ficha) {
        return (ObjectNode) ficha.get("metasCalendarizadas").get("aprobadas").get(0).get("valores");
    }

    private static ObjectNode valoresModificados(ObjectNode ficha) {
        return (ObjectNode) ficha.get("metasCalendarizadas").get("modificadas").get(0).get("valores");
    }

    private static Map<String, Long> mas(Map<String, Long> antes, Map<String, Long> nuevas) {
        var suma = new HashMap<>(antes);
        nuevas.forEach((tabla, n) -> suma.merge(tabla, n, Long::sum));
        return suma;
    }
}
